package dev.annals.annotate;

import dev.annals.clean.Article;
import dev.annals.clean.BlockKind;
import dev.annals.entity.Mention;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article with the annotations of each block (aligned with {@code article.blocks()}) and its events.
 *
 * @param unresolvedDates date expressions that need a publication date the article lacks, for the build report
 */
public record AnnotatedArticle(Article article, List<BlockAnnotations> annotations, List<Event> events,
                               List<String> unresolvedDates) {
    public AnnotatedArticle {
        annotations = List.copyOf(annotations);
        events = List.copyOf(events);
        unresolvedDates = List.copyOf(unresolvedDates);
    }

    public String slug() {
        return article.slug();
    }

    /** How often each entity is mentioned in the article's text and captions, by id. */
    public Map<String, Integer> mentionCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            if (article.blocks().get(i).kind().isText() || article.blocks().get(i).kind() == BlockKind.CAPTION) {
                for (Mention m : annotations.get(i).mentions()) {
                    counts.merge(m.entityId(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
