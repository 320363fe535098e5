package dev.annals.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FuzzyIndexTest {
    /** The deletions as strings, the way the index once made them. */
    private static List<String> deletions(String w) {
        List<String> out = new ArrayList<>(List.of(w));
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
        }
        return out;
    }

    @Test
    void deletionHashesAreTheDeletedStringsHashes() {
        String alphabet = "aabcdeéđưlłLŁ\uD801\uDC00 -";
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder w = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = w.toString();
            assertArrayEquals(deletions(word).stream().mapToInt(String::hashCode).toArray(),
                    FuzzyIndex.deletionHashes(word), word);
        }
    }

    @Test
    void findsTheWordsWithinTheDistance() {
        FuzzyIndex index = new FuzzyIndex(List.of("lukashenko", "tsikhanouskaya", "minsk", "kolesnikova"));
        assertEquals(List.of("lukashenko"), index.near("lukashenka", 1));
        assertEquals(List.of("tsikhanouskaya"), index.near("tsikhanovskaya", 2));
        assertEquals(List.of(), index.near("kolesnikova", 2), "not the word itself");
        assertEquals(List.of(), index.near("minsky", 1), "words under seven letters are not indexed");
    }
}
