package dev.annals.annotate;

import dev.annals.time.PartialDate;
import java.util.List;

/**
 * A dated statement of one article: the sentence that holds a date expression.
 *
 * @param expression the date expression as written
 * @param entities   ids of the entities named in the sentence, sorted
 */
public record Event(PartialDate date, String text, String expression, String slug, List<String> entities,
                    boolean explicit) {
    public Event {
        entities = List.copyOf(entities);
    }
}
