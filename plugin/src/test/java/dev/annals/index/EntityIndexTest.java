package dev.annals.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.build.Build;
import dev.annals.build.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityIndexTest {
    @Test
    void anEntityListsItsArticlesNewestFirstWithEachSentenceOnce(@TempDir Path dir) throws Exception {
        TestSites.write(dir, Map.of(
                "content/a.md", "---\ntitle: Speech\ndate: 2020-08-10\n---\n"
                        + "Lukashenko spoke in Minsk. Lukashenko said Lukashenko would stay.\n\n"
                        + "The square was calm in Minsk.\n",
                "content/b.md", "---\ntitle: March\ndate: 2020-08-11\n---\n"
                        + "Protesters marched for hours. Nobody saw Lukashenko at all.\n",
                "entities.yml", "- {id: lukashenko, type: person, names: {en: Lukashenko}}\n"
                        + "- {id: minsk, type: place, names: {en: Minsk}}\n"));
        Build.Result r = TestSites.build(dir);
        EntityEntry lukashenko = r.archive().entities().stream()
                .filter(e -> e.entity().id().equals("lukashenko")).findFirst().orElseThrow();
        assertEquals(List.of("b", "a"), lukashenko.articles());
        assertEquals(4, lukashenko.mentionCount());

        AnnotatedArticle a = r.archive().articlesBySlug().get("a");
        List<MentionContext> contexts = Indexer.contexts(a, "lukashenko");
        assertEquals(List.of("Lukashenko spoke in Minsk.", "Lukashenko said Lukashenko would stay."),
                contexts.stream().map(MentionContext::sentence).toList());
        assertEquals(List.of(0, 10), List.of(contexts.get(0).start(), contexts.get(0).end()));
        assertEquals(List.of("Minsk.", "Minsk."), Indexer.contexts(a, "minsk").stream()
                .map(c -> c.sentence().substring(c.start(), c.end()) + ".").toList());

        String page = Files.readString(dir.resolve("site/entities/lukashenko.html"), StandardCharsets.UTF_8);
        assertEquals(1, page.split("would stay", -1).length - 1, page);
        assertEquals(1, page.split("Nobody saw", -1).length - 1, page);
    }
}
