package dev.annals.entity;

import dev.annals.util.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Tokens, case and diacritic rules, titles and edit distance shared by the matcher and discovery. */
final class Names {
    record Token(String text, int start, int end) {
    }

    /** Letters found in Vietnamese but not in other Latin-script languages: a token with one never folds. */
    private static final String VIETNAMESE = "ăđơưạảẹẻẽịỉọỏụủỳỵỷỹấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự";

    /** Titles and honorifics that come before a name and are not part of it, lower-cased, longest first. */
    static final List<String[]> TITLES = Arrays.stream(("phó tổng thống|tổng thống|thủ tướng|chủ tịch|bộ trưởng"
            + "|ngoại trưởng|thượng nghị sĩ|nghị sĩ|đại tướng|tướng|tiến sĩ|giáo sư|phát ngôn viên|người phát ngôn"
            + "|đức giáo hoàng|tt|ts|gs|ông|bà|anh|chị|cô|cụ|vice president|prime minister|foreign minister"
            + "|defence minister|defense minister|secretary general|president|minister|chancellor|senator|sen"
            + "|governor|gov|general|gen|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rep|representative"
            + "|ambassador|judge|justice|pope|mayor|secretary|spokesman|spokeswoman|spokesperson|colonel|col"
            + "|lieutenant|lt|captain|capt|major|maj|sergeant|sgt|rev|reverend|father|sister|brother").split("\\|"))
            .map(t -> t.split(" ")).sorted((a, b) -> b.length - a.length).toList();

    /** {@link #TITLES} by their first word, longest first. */
    private static final java.util.Map<String, List<String[]>> TITLES_BY_FIRST = TITLES.stream()
            .collect(java.util.stream.Collectors.groupingBy(t -> t[0], java.util.stream.Collectors.toList()));

    private static final com.ibm.icu.text.Normalizer2 ICU_NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();

    private Names() {
    }

    /** Runs of letters, combining marks and digits; everything else (spaces, apostrophes, dashes) separates. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        eachToken(text, (start, end) -> out.add(new Token(text.substring(start, end), start, end)));
        return out;
    }

    /** Where a token of {@link #tokens} begins and ends. */
    interface Span {
        void at(int start, int end);
    }

    /** Gives {@code span} each token of {@code text} in order, without making it. */
    static void eachToken(String text, Span span) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && isWordChar(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                span.at(start, i);
                start = -1;
            }
        }
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return Text.isLetterOrDigit(c);
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || Character.isSurrogate(c);
    }

    static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) { // below U+0300 every character is NFC and combines with nothing
                // ICU's quick check allocates nothing, where the JDK's isNormalized composes into a new buffer
                return ICU_NFC.quickCheck(s) == com.ibm.icu.text.Normalizer.YES ? s
                        : Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    static String lower(String s) {
        return nfc(s).toLowerCase(Locale.ROOT);
    }

    /** Whether diacritics may be dropped: never in Vietnamese, where tone marks tell words apart. */
    static boolean foldable(String token, String lang) {
        if (isAscii(token)) {
            return true; // every Vietnamese letter is beyond ASCII
        }
        if ("vi".equals(lang)) {
            return false;
        }
        String low = lower(token);
        for (int i = 0; i < low.length(); i++) {
            if (VIETNAMESE.indexOf(low.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code s} without diacritics, case kept: "Linkevičius" to "Linkevicius". */
    static String strip(String s) {
        if (isAscii(s)) {
            return s;
        }
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder d = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); ) { // drops \p{Mn}: a loop, as the gazetteer's names are stripped cold
            int c = nfd.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                d.appendCodePoint(c == 'ł' ? 'l' : c == 'Ł' ? 'L' : c == 'ø' ? 'o' : c == 'Ø' ? 'O' : c);
            }
        }
        return Normalizer.normalize(d, Normalizer.Form.NFC);
    }

    /** The index key of a token: lower-cased, and without diacritics when it is foldable. */
    static String key(String token, boolean foldable) {
        return foldable ? lower(strip(token)) : lower(token);
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text token spells a name token: the same, or in capitals (a speaker label), or capitalised
     * where the name is lower-case (at the start of a sentence).
     */
    static boolean sameCase(String name, String text) {
        return sameCase(name, name.toUpperCase(Locale.ROOT), text);
    }

    /** {@link #sameCase(String, String)} with the name's upper case worked out beforehand. */
    static boolean sameCase(String name, String nameUpper, String text) {
        return text.equals(name) || text.equals(nameUpper)
                || text.length() > 1 && text.equalsIgnoreCase(name) && Character.isUpperCase(text.charAt(0))
                        && Character.isLowerCase(name.charAt(0));
    }

    static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }

    static boolean allCaps(String token) {
        return token.chars().anyMatch(Character::isLetter) && token.equals(token.toUpperCase(Locale.ROOT));
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += Character.isLetter(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    /** How many leading tokens of {@code lowerTokens} (from {@code from}) form a title, or 0. */
    static int titleLength(List<String> lowerTokens, int from) {
        if (from >= lowerTokens.size()) {
            return 0;
        }
        for (String[] title : TITLES_BY_FIRST.getOrDefault(lowerTokens.get(from), List.of())) {
            if (from + title.length <= lowerTokens.size() && startsWith(lowerTokens, from, title)) {
                return title.length;
            }
        }
        return 0;
    }

    private static boolean startsWith(List<String> tokens, int from, String[] title) {
        for (int k = 0; k < title.length; k++) {
            if (!title[k].equals(tokens.get(from + k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code name} without leading titles ("Tổng thống Putin" to "Putin"), unless nothing would be left. */
    static String stripTitles(String name) {
        List<Token> tokens = tokens(name);
        List<String> low = tokens.stream().map(t -> lower(t.text())).toList();
        int i = 0;
        for (int n; i < tokens.size() && (n = titleLength(low, i)) > 0; ) {
            i += n;
        }
        return i == 0 || i >= tokens.size() ? name : name.substring(tokens.get(i).start()).strip();
    }

    static boolean isTitle(String token) {
        String t = lower(token);
        return TITLES.stream().anyMatch(x -> x.length == 1 && x[0].equals(t));
    }

    private static long letterSet(String s) {
        long set = 0;
        for (int i = 0; i < s.length(); i++) {
            set |= 1L << s.charAt(i); // a shift takes the low six bits
        }
        return set;
    }

    /**
     * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent transpositions) when it is
     * at most 2, else 3: no caller tells farther strings apart, strings whose sets of characters differ in more
     * than four cannot be nearer, and a row of the table whose every cell is past 2 ends the work (no later row
     * has a smaller cell).
     */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 2 || Long.bitCount(letterSet(a) ^ letterSet(b)) > 4) {
            return 3; // an edit adds or removes at most two members of the set of characters (by their low bits)
        }
        // three rows of the table, the one two above (for transpositions), the one above and this one
        int[] twoUp = new int[m + 1];
        int[] up = new int[m + 1];
        int[] row = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int[] t = twoUp;
            twoUp = up;
            up = row;
            row = t;
            row[0] = i;
            int least = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int d = Math.min(Math.min(up[j] + 1, row[j - 1] + 1), up[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    d = Math.min(d, twoUp[j - 2] + 1);
                }
                row[j] = d;
                least = Math.min(least, d);
            }
            if (least > 2) {
                return 3;
            }
        }
        return Math.min(row[m], 3);
    }
}
