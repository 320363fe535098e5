package dev.annals.index;

/** A mention of an entity in an article: the sentence around it and where the mention sits in it. */
public record MentionContext(String slug, String sentence, int start, int end) {
}
