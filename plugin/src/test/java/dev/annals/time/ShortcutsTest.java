package dev.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trying rules only where a match can begin and only on texts holding what it needs finds what searching finds. */
class ShortcutsTest {
    private static final String[] PIECES = {"August", "aug.", "15", "2020", "1999", "9/5/1945", "08-16", "last",
        "Sunday", "week", "ago", "two", "years", "earlier", "the 1990s", "today", "tomorrow", "spring", "of",
        "ngày", "9.8", "tháng", "10", "năm", "ngoái", "hôm", "qua", "thứ", "Hai", "tuần", "trước", "Chủ nhật",
        "cách đây", "3", "sẽ", "_", "x", "é", "\u0301", "-", "/", ".", ",", "(", ")", "%", "km", " ", " ", " ",
        "\n", "١٩٩٩", "Dec", "12th", "midnight"};

    @Test
    void findsWhatAPlainSearchFinds() {
        DateExtractor fast = new DateExtractor();
        DateExtractor plain = new DateExtractor(false);
        Random random = new Random(12);
        int dated = 0;
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String lang = random.nextBoolean() ? "vi" : "en";
            LocalDate published = random.nextBoolean() ? LocalDate.of(2020, 8, 16) : null;
            DateExtractor.Reading expected = plain.read(text.toString(), lang, published);
            dated += expected.dates().size();
            assertEquals(expected, fast.read(text.toString(), lang, published), lang + ": " + text);
        }
        assertTrue(dated > 1000, "the random texts hold dates: " + dated);
    }
}
