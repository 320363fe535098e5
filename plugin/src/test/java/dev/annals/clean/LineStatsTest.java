package dev.annals.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineStatsTest {
    /** The key as its contract says: FNV-1a of the lower-cased letters and digits, by the JDK's tables. */
    private static long reference(String line) {
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        for (int i = 0; i < Math.min(line.length(), 2000); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
                any = true;
            }
        }
        return any ? (h == 0 ? 1 : h) : 0;
    }

    @Test
    void keyFollowsTheUnicodeTablesForEveryCharacter() {
        for (char c = 0; c < 0x3000; c++) {
            String line = "x" + c + "Y";
            assertEquals(reference(line), LineStats.key(line), "U+" + Integer.toHexString(c));
        }
        Random random = new Random(5);
        for (int round = 0; round < 10_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                line.append((char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x3000)));
            }
            assertEquals(reference(line.toString()), LineStats.key(line.toString()), line.toString());
        }
    }

    @Test
    void linesDifferingOnlyInCaseAndPunctuationShareAKey() {
        assertEquals(LineStats.key("Read more: Belarus"), LineStats.key("READ MORE belarus!"));
        assertEquals(0, LineStats.key("— ... —"));
    }
}
