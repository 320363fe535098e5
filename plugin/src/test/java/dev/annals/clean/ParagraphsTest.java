package dev.annals.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    /** Letters, spaces, every character the two patterns name, and every line terminator. */
    private static final String ALPHABET = "ab w.!?…。！？:;'\"”’»)]|•·›>@/ht\n\r\u0085\u2028\u2029";

    @Test
    void endsSentenceAgreesWithTheRegexSearch() {
        Random random = new Random(11);
        int ends = 0;
        for (int n = 0; n < 50_000; n++) {
            String t = random(random, 12);
            boolean expected = Paragraphs.SENTENCE_END.matcher(t).find();
            assertEquals(expected, Paragraphs.endsSentence(t), () -> "on \"" + t + "\"");
            ends += expected ? 1 : 0;
        }
        assertTrue(ends > 5_000, "the random texts end sentences often enough to test both answers: " + ends);
        assertTrue(Paragraphs.endsSentence("He left.”\n"));
        assertTrue(Paragraphs.endsSentence("Câu hỏi?"));
    }

    @Test
    void mayBeMenuIsTrueWheneverTheMenuPatternMatches() {
        Random random = new Random(12);
        int menus = 0;
        for (int n = 0; n < 50_000; n++) {
            String t = random.nextInt(20) == 0 ? random(random, 6) + "http://" + random(random, 6)
                    : random.nextInt(20) == 0 ? random(random, 4) + "www." + random(random, 4) : random(random, 12);
            if (Paragraphs.MENU.matcher(t).find()) {
                menus++;
                assertTrue(Paragraphs.mayBeMenu(t), () -> "on \"" + t + "\"");
            }
        }
        assertTrue(menus > 5_000, "menus found: " + menus);
        assertFalse(Paragraphs.mayBeMenu("A plain sentence, with no separators."));
    }

    private static String random(Random random, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
