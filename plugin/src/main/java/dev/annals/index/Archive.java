package dev.annals.index;

import dev.annals.annotate.AnnotatedArticle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The whole archive: articles newest first, entities by name, and the chronology in date order. */
public record Archive(List<AnnotatedArticle> articles, List<EntityEntry> entities, List<ChronologyEntry> chronology) {
    public Archive {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        chronology = List.copyOf(chronology);
    }

    public Map<String, AnnotatedArticle> articlesBySlug() {
        return articles.stream().collect(Collectors.toUnmodifiableMap(AnnotatedArticle::slug, Function.identity()));
    }
}
