package dev.annals.clean;

/**
 * One line or paragraph of an article, classified.
 *
 * @param text   the plain text (for Markdown, the concatenated text nodes of {@code html})
 * @param html   for Markdown, the block's sanitised HTML element; {@code null} for plain text
 * @param line   the file line the block starts on
 * @param reason why it got its kind, for the build report
 * @param detail the speaker of a transcript turn, the credit of a caption, the field of metadata; or null
 */
public record Block(BlockKind kind, String text, String html, int line, String reason, String detail) {

    public Block withKind(BlockKind newKind, String newReason) {
        return new Block(newKind, text, html, line, newReason, detail);
    }

    public Block withDetail(String newDetail) {
        return new Block(kind, text, html, line, reason, newDetail);
    }
}
