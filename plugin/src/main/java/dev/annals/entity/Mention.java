package dev.annals.entity;

/** A span {@code [start, end)} of a text that names an entity. */
public record Mention(int start, int end, String entityId) {
}
