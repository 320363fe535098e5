package dev.annals.util;

import java.util.regex.Matcher;

/** Small text helpers that several stages' hot loops share. */
public final class Text {
    private Text() {
    }

    /**
     * {@link Character#isLetterOrDigit(int)}, with ASCII (most characters of most texts) answered without the
     * Unicode tables.
     */
    public static boolean isLetterOrDigit(int c) {
        return c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    /**
     * The match of group {@code name}, or null when it matched nothing or the pattern has no such group: asked of
     * the pattern first, as the exception {@link Matcher#group(String)} throws is slow.
     */
    public static String group(Matcher m, String name) {
        if (!m.pattern().pattern().contains("(?<" + name + ">")) {
            return null;
        }
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) { // the text was there, escaped, not a group
            return null;
        }
    }
}
