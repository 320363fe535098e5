package dev.annals.annotate;

import dev.annals.entity.Mention;
import dev.annals.time.DateMention;
import java.util.List;

/**
 * The entity mentions and dates found in one block's text.
 *
 * @param sentences where the sentence around each mention starts and ends in the block's text, two numbers per
 *                  mention in the order of {@code mentions} (not an {@link Excerpt} each: a large archive has
 *                  millions of mentions); read them with {@link #context}
 */
public record BlockAnnotations(List<Mention> mentions, List<DateMention> dates, int[] sentences) {
    public static final BlockAnnotations NONE = new BlockAnnotations(List.of(), List.of(), new int[0]);

    public BlockAnnotations {
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        sentences = sentences.clone();
        if (sentences.length != 2 * mentions.size()) {
            throw new IllegalArgumentException(mentions.size() + " mentions but " + sentences.length / 2 + " sentences");
        }
    }

    @Override
    public int[] sentences() {
        return sentences.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockAnnotations b && mentions.equals(b.mentions) && dates.equals(b.dates)
                && java.util.Arrays.equals(sentences, b.sentences);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(mentions, dates, java.util.Arrays.hashCode(sentences));
    }

    /** The sentence around mention {@code k}, in {@code text}, the block's. */
    public Excerpt context(String text, int k) {
        return new Excerpt(text, sentences[2 * k], sentences[2 * k + 1]);
    }
}
