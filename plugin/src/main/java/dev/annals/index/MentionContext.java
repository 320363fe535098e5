package dev.annals.index;

import dev.annals.annotate.Excerpt;

/** A mention of an entity in an article: the sentence around it and where the mention sits in it. */
public record MentionContext(String slug, String entityId, Excerpt excerpt, int start, int end) {
    public String sentence() {
        return excerpt.text();
    }
}
