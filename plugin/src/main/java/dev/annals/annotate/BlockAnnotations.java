package dev.annals.annotate;

import dev.annals.entity.Mention;
import dev.annals.time.DateMention;
import java.util.List;

/** The entity mentions and dates found in one block's text. */
public record BlockAnnotations(List<Mention> mentions, List<DateMention> dates) {
    public static final BlockAnnotations NONE = new BlockAnnotations(List.of(), List.of());

    public BlockAnnotations {
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
    }
}
