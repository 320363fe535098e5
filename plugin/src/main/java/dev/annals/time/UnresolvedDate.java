package dev.annals.time;

/**
 * A date expression found at {@code [start, end)} of a text that cannot be turned into a date without the
 * publication date: a relative one ("last Sunday", "hôm qua") or one written without its year ("August 15",
 * "06/04"). The build report lists these for articles that have no {@code date}.
 *
 * @param expression the text of the expression
 * @param explicit   true when the text writes the month or day ("August 15"), false for a relative expression
 * @param rule       which pattern found it
 */
public record UnresolvedDate(int start, int end, String expression, boolean explicit, String rule) {
}
