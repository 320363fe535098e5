package dev.annals.clean;

import dev.annals.build.AnnalsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Stoplists by language and a language guess from them; text-only, no model to load. */
public final class Languages {
    /** Languages with a stoplist in {@code stopwords/}. */
    public static final List<String> KNOWN = List.of("en", "fr", "pt", "es", "de", "cs", "vi", "zh");

    private final Map<String, Set<String>> stopwords = new LinkedHashMap<>();

    public Languages() {
        for (String lang : KNOWN) {
            try (InputStream in = Languages.class.getResourceAsStream("stopwords/" + lang + ".txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                stopwords.put(lang, Set.copyOf(List.of(text.strip().split("\\s+"))));
            } catch (IOException e) {
                throw new AnnalsException("cannot read stoplist " + lang + ": " + e.getMessage(), e);
            }
        }
    }

    /** The stoplist of {@code lang}, or an empty set. */
    public Set<String> stopwords(String lang) {
        return stopwords.getOrDefault(lang, Set.of());
    }

    /** Share of the words of {@code text} on the stoplist of {@code lang}; for Chinese, of its Han characters. */
    public double stopwordDensity(String text, String lang) {
        Set<String> stop = stopwords(lang);
        if (lang.equals("zh")) {
            int[] han = text.codePoints().filter(Languages::isHan).toArray();
            long hits = java.util.Arrays.stream(han).filter(c -> stop.contains(Character.toString(c))).count();
            return han.length == 0 ? 0 : (double) hits / han.length;
        }
        String[] words = words(text);
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

    /** The language of {@code text} with the densest stoplist, or "und" when none fits. */
    public String guess(String text) {
        if (hanShare(text) > 0.3) {
            return "zh";
        }
        String best = "und";
        double bestDensity = 0.08;
        for (String lang : KNOWN) {
            if (lang.equals("zh")) {
                continue;
            }
            double d = stopwordDensity(text, lang);
            if (d > bestDensity) {
                best = lang;
                bestDensity = d;
            }
        }
        return best;
    }

    static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Share of the letters of {@code text} (first 10,000 chars) that are Han characters. */
    static double hanShare(String text) {
        String head = text.length() > 10_000 ? text.substring(0, 10_000) : text;
        long letters = head.codePoints().filter(Character::isLetter).count();
        return letters == 0 ? 0 : (double) head.codePoints().filter(Languages::isHan).count() / letters;
    }

    static String[] words(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.isBlank() ? new String[0] : lower.split("[^\\p{L}\\p{M}\\p{Nd}]+");
    }
}
