package dev.annals.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void excerptsCompareAndEqualAsTheirTexts() {
        Random random = new Random(7);
        String alphabet = "abAB ạđ\uD83D\uDE00.";
        for (int n = 0; n < 5_000; n++) {
            Excerpt a = random(random, alphabet);
            Excerpt b = random.nextInt(4) == 0 ? new Excerpt("x" + a.text() + "y", 1, 1 + a.text().length())
                    : random(random, alphabet);
            assertEquals(Integer.signum(a.text().compareTo(b.text())), Integer.signum(a.compareTo(b)),
                    a.text() + " vs " + b.text());
            assertEquals(a.text().equals(b.text()), a.sameText(b), a.text() + " vs " + b.text());
        }
    }

    private static Excerpt random(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int from = random.nextInt(sb.length() + 1);
        return new Excerpt(sb.toString(), from, from + random.nextInt(sb.length() - from + 1));
    }
}
