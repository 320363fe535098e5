package dev.annals.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.BlockKind;
import dev.annals.clean.Meta;
import dev.annals.entity.Entity;
import dev.annals.entity.EntityMatcher;
import dev.annals.entity.EntityType;
import dev.annals.entity.Gazetteer;
import dev.annals.entity.Mention;
import dev.annals.time.DateExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
    private static final Annotator ANNOTATOR = new Annotator(new EntityMatcher(new Gazetteer(List.of(
            new Entity("minsk", EntityType.PLACE, Map.of("en", "Minsk"), List.of(), null, null)))),
            new DateExtractor());
    private static final List<Block> BLOCKS = List.of(
            new Block(BlockKind.BODY, "Crowds gathered in Minsk yesterday, as on 9 August 2020.", null, 3, null, null),
            new Block(BlockKind.CAPTION, "Minsk last week.", null, 5, null, null),
            new Block(BlockKind.METADATA, "Minsk, 10 August 2020", null, 1, null, null));

    private static AnnotatedArticle annotate(LocalDate published) {
        Meta meta = new Meta("Crowds", published, "en", null, null, null, null, null, List.of(), null, Map.of(),
                Map.of());
        return ANNOTATOR.annotate(new Article("crowds.md", "crowds", meta, BLOCKS));
    }

    @Test
    void anUndatedArticleListsTheDatesItCannotResolveAndKeepsTheExplicitOnes() {
        AnnotatedArticle a = annotate(null);
        assertEquals(List.of("yesterday"), a.unresolvedDates());
        assertEquals(List.of("2020-08-09"), a.events().stream().map(e -> e.date().iso()).toList());
        assertEquals(List.of("minsk"), a.events().get(0).entities());
    }

    @Test
    void aDatedArticleResolvesRelativeDatesAndListsNoneUnresolved() {
        AnnotatedArticle a = annotate(LocalDate.of(2020, 8, 11));
        assertEquals(List.of(), a.unresolvedDates());
        assertEquals(List.of("2020-08-10", "2020-08-09"), a.events().stream().map(e -> e.date().iso()).toList());
    }

    @Test
    void captionsAreLinkedButNotDatedAndMetadataIsLeftAlone() {
        AnnotatedArticle a = annotate(LocalDate.of(2020, 8, 11));
        assertEquals(List.of(19), a.annotations().get(0).mentions().stream().map(Mention::start).toList());
        assertEquals(List.of(0), a.annotations().get(1).mentions().stream().map(Mention::start).toList());
        assertEquals(List.of(), a.annotations().get(1).dates());
        assertEquals(BlockAnnotations.NONE, a.annotations().get(2));
    }
}
