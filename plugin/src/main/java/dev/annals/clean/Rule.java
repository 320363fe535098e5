package dev.annals.clean;

import dev.annals.build.AnnalsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern that classifies a block, from the built-in rules file or the archive's own.
 *
 * @param needs       text that every match contains, in any case, or null: blocks without it skip the pattern
 * @param anchored    whether every match starts at the block's start, so one attempt there replaces a search
 * @param foldedNeeds {@code needs} {@link #folded}, made once rather than for every block
 */
public record Rule(String id, BlockKind kind, Pattern pattern, int max, String needs, boolean anchored,
                   String foldedNeeds) {

    public Rule(String id, BlockKind kind, Pattern pattern, int max) {
        this(id, kind, pattern, max, null);
    }

    public Rule(String id, BlockKind kind, Pattern pattern, int max, String needs) {
        this(id, kind, pattern, max, needs == null || needs.isEmpty() ? null : needs, anchoredAtStart(pattern),
                needs == null || needs.isEmpty() ? null : folded(needs));
    }

    /**
     * Whether the pattern opens with {@code ^} and has no alternative outside parentheses (where a branch could
     * match elsewhere). Multi-line mode, quoting and nested classes are left to a full search.
     */
    static boolean anchoredAtStart(Pattern pattern) {
        String p = pattern.pattern();
        if (!p.startsWith("^") || (pattern.flags() & Pattern.MULTILINE) != 0 || p.contains("\\Q")
                || p.contains("(?m")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == '[') {
                    return false;
                }
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
                if (i + 1 < p.length() && p.charAt(i + 1) == ']' || p.startsWith("[^]", i)) {
                    return false;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The match of this rule in {@code text}, or null. Matching is given a budget of character reads linear in the
     * text's length, so a pattern that backtracks catastrophically fails with a message instead of hanging.
     */
    public Matcher match(String text) {
        return match(text, folded(text));
    }

    /** {@link #match(String)} given {@code text}'s {@link #folded} form, made once for all rules. */
    public Matcher match(String text, String folded) {
        if (text.length() > max || needs != null && !contains(text, folded)) {
            return null;
        }
        Matcher m = pattern.matcher(new Budgeted(text, 1_000_000L + 1_000L * text.length()));
        try {
            return (anchored ? m.lookingAt() : m.find()) ? m : null;
        } catch (Budgeted.Exhausted e) {
            throw new AnnalsException("rule '" + id + "' needs too many steps on the block starting '"
                    + text.substring(0, Math.min(40, text.length())) + "' (its pattern backtracks catastrophically); "
                    + "simplify the pattern, e.g. avoid nested repetition such as (a+)+");
        }
    }

    /**
     * {@code text} with each char mapped as {@link String#regionMatches(boolean, int, String, int, int)} compares
     * chars ignoring case (equal when their upper cases' lower cases are), or null when it holds a surrogate (those
     * are compared by code point), so that a folded text contains a folded part where the text contains the part
     * in any case.
     */
    public static String folded(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) { // ASCII folds to its lower case
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                continue;
            }
            int f = Character.toLowerCase(Character.toUpperCase((int) c));
            if (Character.isSurrogate(c) || f > Character.MAX_VALUE) {
                return null;
            }
            out[i] = (char) f;
        }
        return new String(out);
    }

    private boolean contains(String text, String folded) {
        return folded != null && foldedNeeds != null ? folded.contains(foldedNeeds) : containsIgnoringCase(text, needs);
    }

    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** A string that counts the characters a matcher reads and stops it past a budget. */
    private static final class Budgeted implements CharSequence {
        private final String text;
        private final long[] left;

        Budgeted(String text, long budget) {
            this(text, new long[] {budget});
        }

        private Budgeted(String text, long[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }

        private static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }
    }
}
