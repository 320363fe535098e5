package dev.annals.index;

import dev.annals.annotate.Excerpt;
import dev.annals.time.PartialDate;
import java.util.List;

/**
 * One entry of the chronology: events of one or more articles that share a date and entities.
 *
 * @param sentence the sentence of the first article that reports it
 * @param articles slugs of every article that reports it, in archive order
 * @param entities ids of the entities involved, sorted
 * @param explicit whether any source writes the date rather than implying it
 */
public record ChronologyEntry(PartialDate date, Excerpt sentence, List<String> articles, List<String> entities,
                              boolean explicit) {
    public ChronologyEntry {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
    }

    public String text() {
        return sentence.text();
    }
}
