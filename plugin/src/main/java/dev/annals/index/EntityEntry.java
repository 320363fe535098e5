package dev.annals.index;

import dev.annals.entity.Entity;
import java.util.List;
import java.util.Map;

/**
 * Everything the archive says about one entity.
 *
 * @param articles slugs of the articles that mention it, newest first
 * @param contexts the mentions in each article, by slug
 * @param related  ids of entities mentioned in the same articles, most shared first
 * @param events   chronology entries that involve it, in date order
 */
public record EntityEntry(Entity entity, int mentionCount, List<String> articles,
                          Map<String, List<MentionContext>> contexts, List<String> related,
                          List<ChronologyEntry> events) {
    public EntityEntry {
        articles = List.copyOf(articles);
        contexts = Map.copyOf(contexts);
        related = List.copyOf(related);
        events = List.copyOf(events);
    }
}
