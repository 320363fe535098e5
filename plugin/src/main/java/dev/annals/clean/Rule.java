package dev.annals.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A pattern that classifies a block, from the built-in rules file or the archive's own. */
public record Rule(String id, BlockKind kind, Pattern pattern, int max) {

    /** The match of this rule in {@code text}, or null. */
    public Matcher match(String text) {
        if (text.length() > max) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }
}
