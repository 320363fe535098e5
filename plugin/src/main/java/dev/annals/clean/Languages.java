package dev.annals.clean;

import dev.annals.build.AnnalsException;
import dev.annals.util.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Stoplists by language and a language guess from them; text-only, no model to load. */
public final class Languages {
    /** Languages with a stoplist in {@code stopwords/}. */
    public static final List<String> KNOWN = List.of("en", "fr", "pt", "es", "de", "cs", "vi", "zh", "ja");

    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();
    /**
     * For each stopword, the languages whose stoplist has it, as bits by their index in {@link #KNOWN}: a guess
     * looks each word up once for all languages instead of once per language.
     */
    private final Map<String, Integer> stoplistsOf = new java.util.HashMap<>();

    public Languages() {
        for (String lang : KNOWN) {
            try (InputStream in = Languages.class.getResourceAsStream("stopwords/" + lang + ".txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                stopwords.put(lang, Set.copyOf(List.of(text.strip().split("\\s+"))));
                int bit = 1 << KNOWN.indexOf(lang);
                stopwords.get(lang).forEach(w -> stoplistsOf.merge(w, bit, (a, b) -> a | b));
            } catch (IOException e) {
                throw new AnnalsException("cannot read stoplist " + lang + ": " + e.getMessage(), e);
            }
        }
    }

    /** The stoplist of {@code lang}, or an empty set. */
    public Set<String> stopwords(String lang) {
        return stopwords.getOrDefault(lang, Set.of());
    }

    /**
     * Share of the words of {@code text} on the stoplist of {@code lang}; for Chinese and Japanese, which have
     * no spaces, share of the Han and kana characters on it.
     */
    public double stopwordDensity(String text, String lang) {
        text = sample(text);
        Set<String> stop = stopwords(lang);
        if (lang.equals("zh") || lang.equals("ja")) {
            int[] cjk = text.codePoints().filter(Languages::isCjk).toArray();
            long hits = java.util.Arrays.stream(cjk).filter(c -> stop.contains(Character.toString(c))).count();
            return cjk.length == 0 ? 0 : (double) hits / cjk.length;
        }
        return density(words(text), stop);
    }

    /** The highest {@link #stopwordDensity} of {@code text} over {@code langs}, splitting it into words once. */
    public double bestDensity(String text, List<String> langs) {
        String[] words = null;
        int[] hits = null;
        double best = 0;
        for (String lang : langs) {
            if (lang.equals("zh") || lang.equals("ja")) {
                best = Math.max(best, stopwordDensity(text, lang));
            } else {
                words = words != null ? words : words(sample(text));
                hits = hits != null ? hits : hits(words);
                best = Math.max(best, density(words, hits, lang));
            }
        }
        return best;
    }

    private static double density(String[] words, Set<String> stop) {
        if (words.length == 0) {
            return 0;
        }
        int hits = 0;
        for (String w : words) {
            if (stop.contains(w)) {
                hits++;
            }
        }
        return (double) hits / words.length;
    }

    /** How many of {@code words} each language's stoplist has, by the languages' index in {@link #KNOWN}. */
    private int[] hits(String[] words) {
        int[] hits = new int[KNOWN.size()];
        for (String w : words) {
            Integer langs = stoplistsOf.get(w);
            for (int bits = langs == null ? 0 : langs; bits != 0; bits &= bits - 1) {
                hits[Integer.numberOfTrailingZeros(bits)]++;
            }
        }
        return hits;
    }

    /** As {@link #density(String[], Set)} for the stoplist of {@code lang}, from {@link #hits}. */
    private static double density(String[] words, int[] hits, String lang) {
        int i = KNOWN.indexOf(lang);
        return words.length == 0 || i < 0 ? 0 : (double) hits[i] / words.length;
    }

    /** The language of {@code text} with the densest stoplist, or "und" when none fits. */
    public String guess(String text) {
        String head = sample(text);
        long letters = 0;
        long kana = 0;
        long han = 0;
        for (int i = 0; i < head.length(); ) { // one pass for the three counts
            int c = head.codePointAt(i);
            letters += Character.isLetter(c) ? 1 : 0;
            kana += isKana(c) ? 1 : 0;
            han += isHan(c) ? 1 : 0;
            i += Character.charCount(c);
        }
        if (share(kana, letters) > 0.1) {
            return "ja";
        }
        if (share(han, letters) > 0.3) {
            return "zh";
        }
        String best = "und";
        double bestDensity = 0.08;
        String[] words = words(head);
        int[] hits = hits(words);
        for (String lang : KNOWN) {
            if (lang.equals("zh") || lang.equals("ja")) {
                continue;
            }
            double d = density(words, hits, lang);
            if (d > bestDensity) {
                best = lang;
                bestDensity = d;
            }
        }
        return best;
    }

    static boolean isHan(int c) {
        return c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The first 20,000 characters: enough to estimate a density, and bounded for huge lines. */
    private static String sample(String text) {
        return text.length() > 20_000 ? text.substring(0, 20_000) : text;
    }

    static boolean isKana(int c) {
        if (c < 0x2E80) {
            return false;
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    /** Han or kana: a character that stands for a word or syllable in text without spaces. */
    static boolean isCjk(int c) {
        return isHan(c) || isKana(c); // no Han or kana comes before U+2E80
    }

    private static double share(long count, long letters) {
        return letters == 0 ? 0 : (double) count / letters;
    }

    /**
     * The lower-cased words of {@code text}, as {@code split("[^\\p{L}\\p{M}\\p{Nd}]+")} gives them (with its
     * empty first word when the text opens with a separator), split by a loop: the regex took a tenth of cleaning.
     */
    static String[] words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.isBlank()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); ) {
            int c = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean word = i < lower.length() && (Text.isLetterOrDigit(c)
                    || c >= 0x80 && (1 << Character.getType(c) & MARKS) != 0);
            if (word && start < 0) {
                if (i > 0 && out.isEmpty()) {
                    out.add("");
                }
                start = i;
            } else if (!word && start >= 0) {
                out.add(lower.substring(start, i));
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(c) : 1;
        }
        return out.toArray(new String[0]);
    }

    private static final int MARKS = 1 << Character.NON_SPACING_MARK | 1 << Character.ENCLOSING_MARK
            | 1 << Character.COMBINING_SPACING_MARK;
}
