package dev.annals.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Sentences} splits a text once and answers from its boundaries what ICU's iterator answers each time. */
class SentencesTest {
    private static final List<String> TEXTS = List.of(
            "Mr. Smith went to Washington on Aug. 16, 2020. He met Dr. Jones there!  Then he left… Why? Nobody knows",
            "Ngày 9.8, ông Lukashenko tuyên bố thắng cử. Hôm qua, TP.HCM mưa to. Người dân xuống đường (ảnh: AP).",
            "", " ", "One sentence without an end", "A.\nB.\n\nC. ");

    @Test
    void answersAsTheIteratorDoesForEveryOffset() {
        for (String lang : List.of("en", "vi")) {
            Sentences sentences = new Sentences.Maker().of(lang);
            BreakIterator reference = BreakIterator.getSentenceInstance(new ULocale(lang + "@ss=standard"));
            for (int round = 0; round < 2; round++) { // the second round asks again after other texts
                for (String text : TEXTS) {
                    for (int offset = 0; offset <= text.length(); offset++) {
                        assertArrayEquals(expected(reference, text, offset), sentences.around(text, offset),
                                lang + " '" + text + "' at " + offset);
                    }
                }
            }
        }
    }

    /** The sentence around {@code offset} as ICU's {@code following} and {@code preceding} give it. */
    private static int[] expected(BreakIterator iterator, String text, int offset) {
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
