package dev.annals.clean;

/** What a block of an article file is. Only TITLE..TRANSCRIPT reach the article page's text. */
public enum BlockKind {
    /** The article's headline, shown once above the body. */
    TITLE,
    /** A subheading inside the body. */
    HEADING,
    /** A paragraph (or list, quote, table) of the article body. */
    BODY,
    /** A speaker turn of a transcript; the speaker is in {@link Block#detail()}. */
    TRANSCRIPT,
    /** A photo caption, shown as a figure caption outside the body; its credit is in {@link Block#detail()}. */
    CAPTION,
    /** Date, byline, source or credits: kept as the article's metadata, not as text. */
    METADATA,
    /** Navigation, player controls, prompts, bios: dropped. */
    BOILERPLATE;

    /** Whether blocks of this kind are part of the article text ({@code articleBody}). */
    public boolean isText() {
        return this == HEADING || this == BODY || this == TRANSCRIPT;
    }
}
