package dev.annals.time;

/**
 * A date expression found at {@code [start, end)} of a text.
 *
 * @param explicit true when the text writes the date (even without its year, "Aug. 9"); false when it was
 *                 resolved from a relative expression ("last Sunday") against the publication date
 * @param rule     which pattern found it, for the build report
 */
public record DateMention(int start, int end, PartialDate date, boolean explicit, String rule) {
}
