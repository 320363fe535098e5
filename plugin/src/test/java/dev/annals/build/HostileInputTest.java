package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text is never markup, and no input writes outside the output folder. */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void scriptAndMarkupInTextTitlesAndMarkdownStayInert() throws Exception {
        TestSites.write(dir, Map.of(
                "content/plain.txt", "---\ntitle: \"<script>alert('t')</script>\"\ndate: 2020-01-02\n---\n"
                        + "Body with <script>alert(1)</script> and <img src=x onerror=alert(2)> in it.\n",
                "content/md.md", "---\ntitle: Markdown\n---\nA [link](javascript:alert(3)) and <b onclick=\"x()\">raw</b>.\n\n"
                        + "<script>alert(4)</script>\n",
                "entities.yml", "entities:\n  - id: evil\n    type: person\n    names: {en: \"</script><script>alert(5)</script>\"}\n"));
        TestSites.build(dir);
        for (var page : TestSites.files(dir.resolve("site")).entrySet()) {
            if (!page.getKey().endsWith(".html")) {
                continue;
            }
            Document d = Jsoup.parse(page.getValue());
            for (var script : d.select("script")) {
                if (script.hasAttr("src")) {
                    assertTrue(script.attr("src").matches("(\\.\\./)*assets/[a-z]+\\.js") && script.data().isEmpty(),
                            page.getKey() + ": " + script);
                } else {
                    assertEquals("application/ld+json", script.attr("type"), page.getKey() + ": " + script);
                }
                assertFalse(script.data().contains("</script"), page.getKey());
            }
            assertTrue(d.select("[onerror], [onclick], img").isEmpty(), page.getKey());
            assertFalse(page.getValue().contains("javascript:"), page.getKey());
        }
        String plain = Files.readString(dir.resolve("site/articles/plain.html"));
        assertTrue(plain.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void entityIdsThatAreNotSlugsAreRefused() {
        TestSites.write(dir, Map.of("content/a.txt", "Text.",
                "entities.yml", "- id: ../../outside\n  type: place\n  names: {en: Outside}\n"));
        AnnalsException e = assertThrows(AnnalsException.class, () -> TestSites.build(dir));
        assertTrue(e.getMessage().contains("entities.yml:1"), e.getMessage());
    }

    @Test
    void outputFolderThatHoldsTheSourceIsRefused() {
        TestSites.write(dir, Map.of("content/a.txt", "Text."));
        BuildConfig config = new BuildConfig(dir.resolve("content"), dir, null, null, null, true);
        assertThrows(AnnalsException.class, () -> new Build(config).run());
        assertTrue(Files.exists(dir.resolve("content/a.txt")));
    }

    @Test
    void failedBuildLeavesThePreviousSiteAlone() throws Exception {
        TestSites.write(dir, Map.of("content/a.txt", "---\ntitle: A\n---\nText."));
        TestSites.build(dir);
        Map<String, String> before = TestSites.files(dir.resolve("site"));
        TestSites.write(dir, Map.of("content/b.txt", "---\ntitle: [broken\n---\nText."));
        assertThrows(AnnalsException.class, () -> TestSites.build(dir));
        assertEquals(before, TestSites.files(dir.resolve("site")));
    }

    @Test
    void brokenArticleIsSkippedWhenFailOnErrorIsOff() {
        TestSites.write(dir, Map.of("content/a.txt", "---\ntitle: A\n---\nText.",
                "content/b.txt", "---\ntitle: [broken\n---\nText."));
        Build.Result r = new Build(new BuildConfig(dir.resolve("content"), dir.resolve("site"), null, null, null, false)).run();
        assertEquals(1, r.archive().articles().size());
        assertTrue(r.problems().stream().anyMatch(p -> p.isError() && p.file().equals("b.txt") && p.line() >= 2 && p.line() <= 3));
    }
}
