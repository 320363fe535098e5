package dev.annals.annotate;

import dev.annals.time.PartialDate;
import java.util.List;

/**
 * A dated statement of one article: the sentence that holds a date expression.
 *
 * @param entities ids of the entities named in the sentence, sorted
 */
public record Event(PartialDate date, Excerpt sentence, String slug, List<String> entities, boolean explicit) {
    public Event {
        entities = List.copyOf(entities);
    }

    public String text() {
        return sentence.text();
    }
}
