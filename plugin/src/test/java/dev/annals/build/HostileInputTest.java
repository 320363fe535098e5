package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
                "content/md.md", "---\ntitle: Markdown\nsource: '\\\" onmouseover=\\\"alert(6)'\nauthor: \"</script><!--\"\n---\n"
                        + "A [link](javascript:alert(3)) and <b onclick=\"x()\">raw</b>, [data](data:text/html;base64,PHNjcmlwdD4=),"
                        + " [vb](vbscript:msgbox), ![img](javascript:alert(7)) and <a href=\"javascript:alert(8)\">a</a>.\n\n"
                        + "<script>alert(4)</script>\n\n<style>body{display:none}</style>\n\n"
                        + "[ref]: javascript:alert(9)\n\nA [ref] link with \"quotes\" and it's <iframe src=x></iframe>.\n",
                "entities.yml", "entities:\n  - id: evil\n    type: person\n    names: {en: \"</script><script>alert(5)</script>\"}\n"
                        + "    aliases: [\"Evil\\\" onclick=\\\"x\"]\n    description: \"<img src=x onerror=alert(10)>\"\n"));
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
            assertTrue(d.select("[onerror], [onclick], [onmouseover], img, iframe, style, [style]").isEmpty(), page.getKey());
            for (var e : d.getAllElements()) {
                for (var a : e.attributes()) {
                    assertFalse(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)
                            .matches("(javascript|vbscript|data):.*"), page.getKey() + ": " + e);
                }
            }
        }
        for (var json : TestSites.files(dir.resolve("site/data")).entrySet()) {
            assertFalse(json.getValue().contains("</") || json.getValue().contains("<!--"), json.getKey());
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

    @Test
    void everyPageDeclaresAContentSecurityPolicyThatItsOwnMarkupSatisfies() throws Exception {
        TestSites.write(dir, Map.of("content/a.md", "---\ntitle: A\ndate: 2020-01-02\n---\nMinsk on 3 May 2019.\n",
                "entities.yml", "- id: minsk\n  type: place\n  names: {en: Minsk}\n"));
        TestSites.build(dir);
        for (var page : TestSites.files(dir.resolve("site")).entrySet()) {
            if (!page.getKey().endsWith(".html")) {
                continue;
            }
            Document d = Jsoup.parse(page.getValue());
            assertEquals(CSP, d.select("head > meta[http-equiv=Content-Security-Policy]").attr("content"), page.getKey());
            for (var e : d.getAllElements()) {
                for (var a : e.attributes()) {
                    assertFalse(a.getKey().startsWith("on") || a.getKey().equals("style"), page.getKey() + ": " + e);
                    if (a.getKey().equals("src") || e.tagName().equals("link") && a.getKey().equals("href")
                            || a.getKey().equals("action")) {
                        assertFalse(a.getValue().contains(":"), "not same-origin: " + page.getKey() + ": " + e);
                    }
                }
            }
            assertTrue(d.select("style, object, embed, iframe, base, frame").isEmpty(), page.getKey());
            for (var script : d.select("script:not([src])")) {
                assertEquals("application/ld+json", script.attr("type"), page.getKey());
            }
        }
    }

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'";

    @Test
    void frontMatterUrlThatIsNotAWebAddressIsAnError() {
        TestSites.write(dir, Map.of("content/a.txt", "---\ntitle: A\nurl: javascript:alert(1)\n---\nText."));
        AnnalsException e = assertThrows(AnnalsException.class, () -> TestSites.build(dir));
        assertTrue(e.getMessage().contains("a.txt:3") && e.getMessage().contains("url"), e.getMessage());
    }

    @Test
    void frontMatterLangThatIsNotALanguageCodeIsAnError() {
        TestSites.write(dir, Map.of("content/a.txt", "---\nlang: 'en\" onload=\"x'\n---\nText."));
        AnnalsException e = assertThrows(AnnalsException.class, () -> TestSites.build(dir));
        assertTrue(e.getMessage().contains("a.txt:2") && e.getMessage().contains("lang"), e.getMessage());
    }

    @Test
    void gazetteerLanguageKeyThatIsNotALanguageCodeIsAnError() {
        TestSites.write(dir, Map.of("content/a.txt", "Text.",
                "entities.yml", "- id: x\n  type: place\n  names: {'\"><b>': X}\n"));
        AnnalsException e = assertThrows(AnnalsException.class, () -> TestSites.build(dir));
        assertTrue(e.getMessage().contains("entities.yml:1"), e.getMessage());
    }

    @Test
    void slugsThatDifferOnlyByCaseAreAnErrorNamingBothFiles() {
        TestSites.write(dir, Map.of("content/Report.txt", "Text one.", "content/report.md", "Text two.",
                "content/other/REPORT.txt", "Text three."));
        AnnalsException e = assertThrows(AnnalsException.class, () -> TestSites.build(dir));
        assertTrue(e.getMessage().contains("Report.txt") && e.getMessage().contains("report.md")
                && e.getMessage().contains("other/REPORT.txt"), e.getMessage());
    }

    @Test
    void twoArticlesClaimingOneSlugAreAnErrorNamingBothFiles() {
        TestSites.write(dir, Map.of("content/a.txt", "---\nslug: same\n---\nText one.",
                "content/b.txt", "---\nslug: Same\n---\nText two."));
        AnnalsException e = assertThrows(AnnalsException.class, () -> TestSites.build(dir));
        assertTrue(e.getMessage().contains("a.txt") && e.getMessage().contains("b.txt"), e.getMessage());
    }

    @Test
    void slugsLikePathsOrDeviceNamesStayInsideTheSite() throws Exception {
        TestSites.write(dir, Map.of(
                "content/a.txt", "---\ntitle: T\nslug: ../../outside\n---\nText number 1 of this test.",
                "content/b.txt", "---\ntitle: T\nslug: /etc/passwd\n---\nText number 2 of this test.",
                "content/c.txt", "---\ntitle: T\nslug: 'C:\\Windows\\x'\n---\nText number 3 of this test.",
                "content/d.txt", "---\ntitle: T\nslug: CON\n---\nText number 4 of this test.",
                "content/nul.txt", "---\ntitle: N\n---\nText number 5 of this test.",
                "content/e.txt", "---\ntitle: T\nslug: '..'\n---\nText number 6 of this test."));
        Build.Result r = new Build(new BuildConfig(dir.resolve("content"), dir.resolve("site"), null, null, null,
                false)).run();
        assertEquals(Set.of("outside", "etc-passwd", "c-windows-x", "con-", "nul-"),
                r.archive().articles().stream().map(a -> a.article().slug()).collect(Collectors.toSet()));
        assertTrue(r.problems().stream().anyMatch(p -> p.isError() && p.file().equals("e.txt")), r.problems().toString());
        assertEquals(List.of("content", "site"), list(dir));
    }

    @Test
    void outputFolderThatIsOrHoldsTheProjectOrIsInsideTheSourceIsRefused() {
        TestSites.write(dir, Map.of("project/content/a.txt", "Text."));
        Path project = dir.resolve("project");
        for (Path output : List.of(project, dir, project.resolve("content"), project.resolve("content/site"),
                project.resolve("content/../."), dir.getRoot())) {
            BuildConfig config = new BuildConfig(project.resolve("content"), output, null, null, null, true, null,
                    "en", null, project, null);
            AnnalsException e = assertThrows(AnnalsException.class, () -> new Build(config).run(), output.toString());
            assertTrue(e.getMessage().startsWith("refusing"), e.getMessage());
        }
        assertTrue(Files.exists(project.resolve("content/a.txt")));
        new Build(new BuildConfig(project.resolve("content"), project.resolve("target/site"), null, null, null, true,
                null, "en", null, project, null)).run();
    }

    @Test
    void symlinkLoopInTheSourceNeitherHangsNorCrashes() throws Exception {
        TestSites.write(dir, Map.of("content/a.txt", "---\ntitle: A\n---\nText.", "shared/b.txt", "---\ntitle: B\n---\nText."));
        Files.createSymbolicLink(dir.resolve("content/loop"), dir.resolve("content"));
        Files.createSymbolicLink(dir.resolve("content/up"), dir);
        Files.createSymbolicLink(dir.resolve("content/b.txt"), dir.resolve("shared/b.txt"));
        Files.createSymbolicLink(dir.resolve("content/dangling.txt"), dir.resolve("nowhere.txt"));
        Build.Result r = assertTimeoutPreemptively(Duration.ofSeconds(180), () -> TestSites.build(dir));
        assertEquals(List.of("a", "b"), r.archive().articles().stream().map(a -> a.article().slug()).sorted().toList(),
                "linked folders are not entered; a linked file is read like any other");
    }

    @Test
    void failedRenderingLeavesThePreviousSiteAndNoStagingFolder() throws Exception {
        TestSites.write(dir, Map.of("content/a.txt", "---\ntitle: A\n---\nText.",
                "theme/templates/article.ftlh", "${noSuchValue}"));
        TestSites.build(dir);
        Map<String, String> before = TestSites.files(dir.resolve("site"));
        BuildConfig broken = new BuildConfig(dir.resolve("content"), dir.resolve("site"), null, dir.resolve("theme"),
                null, true);
        assertThrows(RuntimeException.class, () -> new Build(broken).run());
        assertEquals(before, TestSites.files(dir.resolve("site")));
        assertEquals(List.of("content", "site", "theme"), list(dir));
    }

    private static List<String> list(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
