package dev.annals.source;

/**
 * One article file as read: its path relative to the source folder, its front matter and its body text
 * (NFC-normalised, {@code \n} line ends). {@code bodyLine} is the file line the body starts on.
 */
public record Source(String file, String slug, Format format, FrontMatter frontMatter, String body, int bodyLine) {
}
