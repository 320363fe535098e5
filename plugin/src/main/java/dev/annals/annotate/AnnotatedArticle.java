package dev.annals.annotate;

import dev.annals.clean.Article;
import dev.annals.clean.BlockKind;
import dev.annals.entity.Mention;
import java.util.List;

/**
 * An article with the annotations of each block (aligned with {@code article.blocks()}) and its events.
 *
 * @param unresolvedDates date expressions that need a publication date the article lacks, for the build report
 * @param mentioned       ids of the entities mentioned in its text and captions, sorted: worked out once, as
 *                        every page and index that lists them asks (see the four-argument constructor)
 */
public record AnnotatedArticle(Article article, List<BlockAnnotations> annotations, List<Event> events,
                               List<String> unresolvedDates, List<String> mentioned) {
    public AnnotatedArticle {
        annotations = List.copyOf(annotations);
        events = List.copyOf(events);
        unresolvedDates = List.copyOf(unresolvedDates);
        mentioned = List.copyOf(mentioned);
    }

    public AnnotatedArticle(Article article, List<BlockAnnotations> annotations, List<Event> events,
                            List<String> unresolvedDates) {
        this(article, annotations, events, unresolvedDates, mentioned(article, annotations));
    }

    public String slug() {
        return article.slug();
    }

    private static List<String> mentioned(Article article, List<BlockAnnotations> annotations) {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        for (int i = 0; i < annotations.size(); i++) {
            if (article.blocks().get(i).kind().isText() || article.blocks().get(i).kind() == BlockKind.CAPTION) {
                for (Mention m : annotations.get(i).mentions()) {
                    ids.add(m.entityId());
                }
            }
        }
        return List.copyOf(ids);
    }
}
