package dev.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The year check that spares the regex engine finds a year exactly where the year pattern does. */
class YearNeedTest {
    @Test
    void findsAYearWhereThePatternDoes() {
        Pattern year = Pattern.compile(DateExtractor.YEAR, Pattern.UNICODE_CHARACTER_CLASS);
        // ASCII digits, other scripts' (Arabic-Indic, Devanagari, a supplementary one), letters, a lone surrogate
        String[] parts = {"1", "2", "0", "8", "9", "5", "١", "९", "\uD835\uDFCE", "a", " ", "\uD835", "-"};
        Random random = new Random(11);
        int found = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            boolean expected = year.matcher(text).find();
            found += expected ? 1 : 0;
            assertEquals(expected, DateExtractor.hasYear(text.toString()), text::toString);
        }
        assertTrue(found > 1000, "the random texts hold years: " + found);
    }
}
