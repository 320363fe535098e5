package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
    /** A key without a message is its own pattern, so any pattern can be tried. */
    @Test
    void fillsArgumentsAsMessageFormatDoes() {
        List<Object[]> cases = List.of(
                new Object[] {"{0} events", 1234567},
                new Object[] {"{0} of {1}: {2}", 2.5, -1234L, "text"},
                new Object[] {"{1} then {0}, {1} again", "a", 9876543},
                new Object[] {"{0,number,#} ({0})", 12345},
                new Object[] {"{0} ({0,number,#})", 12345},
                new Object[] {"{0,choice,0#none|1#one|1<{0,number,integer} many}", 4321},
                new Object[] {"it's {0}", 1000});
        for (String lang : List.of("en", "vi", "de")) {
            Messages messages = new Messages(lang, null);
            for (Object[] c : cases) {
                Object[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
                String pattern = (String) c[0];
                assertEquals(new MessageFormat(pattern.replace("'", "''"), Locale.forLanguageTag(lang)).format(args),
                        messages.get(pattern, args), lang + ": " + pattern);
                assertEquals(messages.get(pattern, args), messages.get(pattern, args), "a second use: " + pattern);
            }
        }
    }
}
