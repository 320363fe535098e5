package dev.annals.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void isLetterOrDigitAnswersAsTheJdk() {
        for (int c = 0; c < 0x3000; c++) {
            assertEquals(Character.isLetterOrDigit(c), Text.isLetterOrDigit(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void groupIsNullWithoutSuchAGroup() {
        Matcher m = Pattern.compile("(?<who>\\w+) said").matcher("Ann said");
        assertTrue(m.find());
        assertEquals("Ann", Text.group(m, "who"));
        assertNull(Text.group(m, "when"));
        Matcher escaped = Pattern.compile("\\(?<who>").matcher("<who>"); // the group's text, not a group
        assertTrue(escaped.find());
        assertNull(Text.group(escaped, "who"));
    }
}
