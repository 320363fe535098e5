package dev.annals.annotate;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Sentence boundaries of one language (ICU rules with abbreviation handling); one instance per thread, made by
 * a {@link Maker}.
 */
public final class Sentences {
    private final BreakIterator iterator;

    private Sentences(BreakIterator iterator) {
        this.iterator = iterator;
    }

    /**
     * Makes {@link Sentences} by cloning one iterator per language: ICU builds a sentence iterator slowly
     * (a tenth of the time spent dating events) and clones it quickly. Safe for concurrent use.
     */
    public static final class Maker {
        private final java.util.Map<String, BreakIterator> prototypes = new java.util.concurrent.ConcurrentHashMap<>();

        public Sentences of(String lang) {
            return new Sentences((BreakIterator) prototypes.computeIfAbsent(lang,
                    l -> BreakIterator.getSentenceInstance(new ULocale(l + "@ss=standard"))).clone());
        }
    }

    /** The text whose boundaries {@link #bounds} holds: asked about several offsets in turn, it is split once. */
    private String text;
    private int[] bounds;

    /** The {@code [start, end)} of the sentence of {@code text} that holds {@code offset}, without outer spaces. */
    public int[] around(String text, int offset) {
        if (text != this.text) {
            this.text = text;
            bounds = boundaries(text);
        }
        int following = after(Math.min(offset, Math.max(0, text.length() - 1)));
        int end = following < bounds.length ? bounds[following] : text.length();
        int preceding = after(end - 1) - 1; // the last boundary before end
        int start = preceding < 0 || bounds[preceding] > offset ? 0 : bounds[preceding];
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    /** The index in {@link #bounds} of the first boundary after {@code offset}. */
    private int after(int offset) {
        int i = java.util.Arrays.binarySearch(bounds, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private int[] boundaries(String text) {
        iterator.setText(text);
        int[] out = new int[16];
        int n = 0;
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            out[n++] = b;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
