package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and extreme input: every build finishes in bounded time with a site or a clear message. */
class ExtremeInputTest {
    private static final Duration BOUND = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    private AnnalsException fails(Map<String, String> files) {
        TestSites.write(dir, files);
        return assertTimeoutPreemptively(BOUND, () -> assertThrows(AnnalsException.class, () -> TestSites.build(dir)));
    }

    private Build.Result builds(Map<String, String> files) {
        TestSites.write(dir, files);
        return assertTimeoutPreemptively(BOUND, () -> TestSites.build(dir));
    }

    private static void assertMentions(AnnalsException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), e.getMessage());
        }
    }

    @Test
    void nulBytesAreAnErrorNamingTheFile() {
        assertMentions(fails(Map.of("content/nul.txt", "Some text\0with a NUL.")), "nul.txt", "NUL");
    }

    @Test
    void invalidUtf8IsAnErrorWithTheByteOffset() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/latin1.txt"), "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
        assertMentions(fails(Map.of()), "latin1.txt", "offset 3");
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.write(dir.resolve("content/wide.txt"), "\uFEFFTitle line\nA body sentence about things.\n"
                .getBytes(StandardCharsets.UTF_16LE));
        assertEquals(1, builds(Map.of()).archive().articles().size());
    }

    @Test
    void fiftyMegabyteArticleIsRefusedWithItsSize() {
        String line = "A long article keeps on saying the same thing again and again, as some dumps do.\n";
        assertMentions(fails(Map.of("content/huge.txt", line.repeat(50_000_000 / line.length()))), "huge.txt", "50.0 MB");
    }

    @Test
    void millionCharacterLineIsBuilt() {
        String line = "word ".repeat(200_000);
        assertEquals(1, builds(Map.of("content/long.txt", "---\ntitle: Long\n---\n" + line + "\n")).archive()
                .articles().size());
    }

    @Test
    void deeplyNestedBlockQuotesAreAnErrorNamingTheFile() {
        assertMentions(fails(Map.of("content/quotes.md", ">".repeat(100_000) + " deep\n")), "quotes.md:1", "nest");
    }

    @Test
    void deeplyNestedBracketsAreBuilt() {
        assertEquals(1, builds(Map.of("content/brackets.md", "[".repeat(100_000) + "x" + "](y)".repeat(100_000) + "\n"))
                .archive().articles().size());
    }

    @Test
    void deeplyNestedListsAreAnErrorNamingTheFile() {
        assertMentions(fails(Map.of("content/lists.md", "- ".repeat(100_000) + "item\n")), "lists.md:1", "nest");
    }

    @Test
    void deeplyIndentedListsAreAnErrorNamingTheFile() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            md.append("  ".repeat(i)).append("- item\n");
        }
        assertMentions(fails(Map.of("content/indent.md", md.toString())), "indent.md", "nest");
    }

    @Test
    void yamlAliasBombInFrontMatterIsAnError() {
        assertMentions(fails(Map.of("content/bomb.md", "---\n" + aliasBomb("title") + "---\nText.\n")), "bomb.md");
    }

    @Test
    void yamlAliasBombInTheGazetteerIsAnError() {
        assertMentions(fails(Map.of("content/a.txt", "Text.", "entities.yml", aliasBomb("entities"))), "entities.yml");
    }

    private static String aliasBomb(String key) {
        StringBuilder y = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(("*a" + (i - 1) + ", ").repeat(8)).append("*a").append(i - 1).append("]\n");
        }
        return y.append(key).append(": *a9\n").toString();
    }

    @Test
    void catastrophicallyBacktrackingRuleIsAnErrorNamingTheRule() {
        TestSites.write(dir, Map.of("rules.yml", "rules:\n  - {id: evil, kind: boilerplate, pattern: '^(.*a){12}x'}\n",
                "content/a.txt", "a".repeat(80) + "!\nA body sentence about things.\n"));
        AnnalsException e = assertTimeoutPreemptively(BOUND, () -> assertThrows(AnnalsException.class,
                () -> new Build(new BuildConfig(dir.resolve("content"), dir.resolve("site"), null, null,
                        dir.resolve("rules.yml"), true)).run()));
        assertMentions(e, "evil", "a.txt:1", "backtracks");
    }

    @Test
    void adversarialTextForTheDatePatternsFinishesQuickly() {
        String text = ("1 2 3 4 5 6 7 8 9 10 11 12 January February 2020, 20 20 - 2021 / 12 / ").repeat(20_000)
                + "ngày 12 tháng 3 năm 2020 ".repeat(10_000) + "0".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> new dev.annals.time.DateExtractor()
                .find(text, "en", java.time.LocalDate.of(2020, 1, 1)));
    }
}
