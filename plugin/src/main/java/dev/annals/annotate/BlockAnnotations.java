package dev.annals.annotate;

import dev.annals.entity.Mention;
import dev.annals.time.DateMention;
import java.util.List;

/**
 * The entity mentions and dates found in one block's text.
 *
 * @param contexts the sentence around each mention, in the order of {@code mentions}
 */
public record BlockAnnotations(List<Mention> mentions, List<DateMention> dates, List<Excerpt> contexts) {
    public static final BlockAnnotations NONE = new BlockAnnotations(List.of(), List.of(), List.of());

    public BlockAnnotations {
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
        contexts = List.copyOf(contexts);
        if (contexts.size() != mentions.size()) {
            throw new IllegalArgumentException(mentions.size() + " mentions but " + contexts.size() + " contexts");
        }
    }
}
