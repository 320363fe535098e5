package dev.annals.entity;

/**
 * A span {@code [start, end)} of a text that names an entity.
 *
 * @param evidence null for an exact match; for a fuzzy match (a misspelling), why it was accepted, for the
 *                 build report
 */
public record Mention(int start, int end, String entityId, String evidence) {
    public Mention(int start, int end, String entityId) {
        this(start, end, entityId, null);
    }

    public boolean fuzzy() {
        return evidence != null;
    }
}
