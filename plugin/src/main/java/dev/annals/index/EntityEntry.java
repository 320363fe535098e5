package dev.annals.index;

import dev.annals.entity.Entity;
import java.util.List;

/**
 * Everything the archive says about one entity.
 *
 * @param articles slugs of the articles that mention it, newest first
 * @param related  ids of entities mentioned in the same articles, most shared first
 * @param events   chronology entries that involve it, in date order
 */
public record EntityEntry(Entity entity, int mentionCount, List<String> articles,
                          List<String> related, List<ChronologyEntry> events) {
    public EntityEntry {
        articles = List.copyOf(articles);
        related = List.copyOf(related);
        events = List.copyOf(events);
    }
}
