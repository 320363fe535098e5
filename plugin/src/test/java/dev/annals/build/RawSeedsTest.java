package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.index.EntityEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample archive's articles as scraped, without front matter or gazetteer: inference and discovery alone. */
class RawSeedsTest {
    @TempDir
    static Path dir;
    static Build.Result result;

    @BeforeAll
    static void build() throws IOException {
        try (var files = Files.list(SampleArchiveTest.SAMPLE.resolve("content"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                Files.createDirectories(dir.resolve("content"));
                Files.writeString(dir.resolve("content").resolve(f.getFileName()),
                        text.substring(text.indexOf("\n---\n") + 5));
            }
        }
        result = TestSites.build(dir);
    }

    @Test
    void findsEveryCountryAndThePeopleNamedMoreThanOnce() {
        Map<String, EntityEntry> byId = result.archive().entities().stream()
                .collect(Collectors.toMap(e -> e.entity().id(), e -> e));
        for (String country : List.of("belarus", "russia", "poland", "lithuania", "ukraine", "finland", "sweden",
                "united-states")) {
            assertTrue(byId.containsKey(country), country + " missing from " + byId.keySet());
        }
        Set<String> pages = byId.values().stream().filter(e -> e.entity().type().id().equals("person"))
                .map(e -> e.entity().name()).collect(Collectors.toSet());
        for (String person : List.of("Alexander Lukashenko", "Vladimir Putin", "Svetlana Tikhanovskaya")) {
            assertTrue(pages.contains(person), person + " has no page; pages: " + pages);
        }
        Set<String> suggested = result.suggestions().stream().filter(c -> c.type().id().equals("person"))
                .map(c -> c.name()).collect(Collectors.toSet());
        for (String person : List.of("Lucian Kim", "Alexander Baunov", "Jens Stoltenberg")) {
            assertTrue(suggested.contains(person), person + " is not suggested; suggestions: " + suggested);
        }
        assertTrue(byId.get("alexander-lukashenko").articles().size() == 5);
    }

    @Test
    void infersTitlesDatesLanguagesAndCredits() {
        var bySlug = result.archive().articlesBySlug();
        var npr = bySlug.get("2020-08-17-workers-boo-belarus-president-at-tractor-plant").article().meta();
        assertEquals("Workers Boo Belarus President During His Visit To A Tractor Plant", npr.title());
        assertEquals("NPR", npr.source());
        assertEquals("en", npr.lang());
        var rmn = bySlug.get("2020-08-16-putin-extends-military-support-to-lukashenko").article().meta();
        assertEquals("2020-08-16", rmn.date().toString());
        assertEquals("RMN News Service", rmn.source());
        var epoch = bySlug.get("2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow").article().meta();
        assertEquals("vi", epoch.lang());
        assertEquals("Thanh Nhã", epoch.translator());
        assertEquals("The Epoch Times", epoch.origin());
        assertEquals(List.of("Reuters"), epoch.contributors());
        assertTrue(epoch.title().startsWith("Lãnh đạo Belarus gặp Tổng thống Putin tại Moscow"));
        var nbc = bySlug.get("2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko").article().meta();
        assertEquals("As Belarus protests grow, Putin shows no sign of propping up embattled ruler", nbc.title());
        var vi = bySlug.get("2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh").article().meta();
        assertTrue(vi.title().startsWith("Belarus hiện đang chìm trong cuộc biểu tình"), vi.title());
    }
}
