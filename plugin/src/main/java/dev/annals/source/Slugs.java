package dev.annals.source;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;

/** Turns names into URL- and file-safe slugs: lower-case {@code a-z0-9} words joined by {@code -}. */
public final class Slugs {
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9", "index");
    /** Longer slugs are cut: file names have limits, and ids must stay readable. */
    static final int MAX_LENGTH = 100;
    private static final java.util.regex.Pattern NOT_SLUG = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern OUTER_DASHES = java.util.regex.Pattern.compile("^-+|-+$");
    private static final java.util.regex.Pattern TRAILING_DASHES = java.util.regex.Pattern.compile("-+$");

    /**
     * The transliterator, made on first use (ICU takes a tenth of a second to build it): most names are ASCII,
     * which it leaves as they are, so they skip it.
     */
    private static final class Transliteration {
        static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    }

    private Slugs() {
    }

    /**
     * The slug of {@code name}: letters folded to ASCII (Đ to d, é to e), anything but {@code a-z0-9} turned
     * into {@code -}, dashes collapsed and trimmed, cut to {@value #MAX_LENGTH} characters. Names reserved by
     * file systems or by the site get a {@code -} suffix. Returns an empty string when nothing is left.
     */
    public static String of(String name) {
        String slug = OUTER_DASHES.matcher(NOT_SLUG.matcher(toAscii(name).toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return RESERVED.contains(slug) ? slug + "-" : slug;
    }

    /** {@code name} in ASCII letters, as ICU's Any-Latin; Latin-ASCII transliterates it. */
    static String toAscii(String name) {
        if (name.chars().allMatch(c -> c < 0x80)) {
            return name;
        }
        String folded = markless(name);
        if (folded != null) {
            return folded;
        }
        Transliterator t = Transliteration.TO_ASCII;
        synchronized (t) {
            return t.transliterate(name);
        }
    }

    /**
     * {@code name} decomposed, without the combining diacritical marks (U+0300 to U+036F) on its letters and with đ
     * as d, when that leaves only ASCII (as for Vietnamese and most Latin-script names): what the transliterator
     * gives them, without building it. Null otherwise.
     */
    private static String markless(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 && !(c >= 0xC0 && c <= 0x24F || c >= 0x1E00 && c <= 0x1EFF || c >= 0x300 && c <= 0x36F)) {
                return null; // beyond the Latin letters and their marks: other scripts, symbols, punctuation
            }
        }
        String nfd = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else if (c == 'đ' || c == 'Đ') {
                out.append(c == 'đ' ? 'd' : 'D');
            } else if (c < 0x300 || c > 0x36F || !onLetter(nfd, i)) { // not a mark on a letter
                return null;
            }
        }
        return out.toString();
    }

    /** Whether the mark at {@code i} follows an ASCII letter, with only marks between. */
    private static boolean onLetter(String nfd, int i) {
        int k = i - 1;
        while (k >= 0 && nfd.charAt(k) >= 0x300 && nfd.charAt(k) <= 0x36F) {
            k--;
        }
        return k >= 0 && (nfd.charAt(k) | 0x20) >= 'a' && (nfd.charAt(k) | 0x20) <= 'z';
    }
}
