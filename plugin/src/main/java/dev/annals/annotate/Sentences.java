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

    /** The {@code [start, end)} of the sentence of {@code text} that holds {@code offset}, without outer spaces. */
    public int[] around(String text, int offset) {
        iterator.setText(text);
        int end = iterator.following(Math.min(offset, Math.max(0, text.length() - 1)));
        end = end == BreakIterator.DONE ? text.length() : end;
        int start = iterator.preceding(end);
        start = start == BreakIterator.DONE || start > offset ? 0 : start;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }
}
