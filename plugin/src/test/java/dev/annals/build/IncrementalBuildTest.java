package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.bench.ArchiveGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that reuses the previous build's cache writes the same site and report as a clean build of the same
 * input, after every kind of change; and it does reuse: pages that did not change are the previous files. So
 * does a build that also takes what earlier builds in the same process kept in memory, as the preview server's do.
 */
class IncrementalBuildTest {
    @TempDir
    static Path dir;
    static Path content;
    static final String FOLLOW = "\nFollow us on the Chronicle's channels for more\n";
    /** Kept across the builds into "warm", as the preview server keeps it. */
    static final BuildMemory MEMORY = new BuildMemory();

    @BeforeAll
    static void archive() throws IOException {
        new ArchiveGenerator(40, 7).annals(dir, 40);
        content = dir.resolve("content");
    }

    private static BuildConfig config(String name, boolean cached) {
        BuildConfig c = new BuildConfig(content, dir.resolve(name + "/site"), dir.resolve("entities.yml"),
                null, null, false, dir.resolve(name + "/report.html"), "en", "https://example.org/news/");
        return cached ? c.withCache(dir.resolve(name + "/cache")) : c;
    }

    /**
     * Builds incrementally into "inc", into "warm" with {@link #MEMORY} too, and cleanly into "clean", and asserts
     * that all wrote the same bytes.
     */
    private static void assertSameAsClean() {
        new Build(config("inc", true)).run();
        new Build(config("warm", true), MEMORY).run();
        new Build(config("clean", false)).run();
        Map<String, String> clean = TestSites.files(dir.resolve("clean/site"));
        for (String name : List.of("inc", "warm")) {
            Map<String, String> built = TestSites.files(dir.resolve(name + "/site"));
            assertEquals(Set.of(), difference(clean.keySet(), built.keySet()), name + ": files only in the clean site");
            assertEquals(Set.of(), difference(built.keySet(), clean.keySet()), name + ": files only in this site");
            clean.forEach((path, text) -> assertEquals(text, built.get(path), name + ": " + path));
            assertEquals(read(dir.resolve("clean/report.html")), read(dir.resolve(name + "/report.html")), name);
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    @Test
    void everyKindOfChangeGivesTheCleanBuildsOutput() throws IOException {
        assertSameAsClean();
        List<Path> articles = articles();
        Path edited = articles.get(3);
        Path untouched = articles.get(30);
        Path untouchedPage = page(untouched);
        Object inode = Files.getAttribute(untouchedPage, "unix:ino");

        // one article edited: a sentence with a date put before a paragraph; a line added to two others
        String paragraph = read(edited).lines().filter(l -> l.length() > 80).findFirst().orElseThrow();
        Files.writeString(edited, read(edited).replace(paragraph, "On 3 March 2011, the talks resumed. " + paragraph));
        for (Path a : articles.subList(10, 12)) {
            Files.writeString(a, read(a) + FOLLOW);
        }
        Path editedPage = page(edited);
        Object editedInode = Files.getAttribute(editedPage, "unix:ino");
        Files.writeString(dir.resolve("inc/site/entities/stray.html"), "not the build's"); // removed by the next
        assertSameAsClean();
        assertEquals(inode, Files.getAttribute(untouchedPage, "unix:ino"), "an unchanged page is reused");
        assertNotEquals(editedInode, Files.getAttribute(page(edited), "unix:ino"), "a changed page is written");
        assertTrue(read(page(edited)).contains(" resumed. "));

        // an article renamed, its text unchanged: its links on other pages follow it
        Files.move(articles.get(20), articles.get(20).resolveSibling("moved-" + articles.get(20).getFileName()));
        assertSameAsClean();

        // an article added: the others are not cleaned or annotated again
        Path entry = dir.resolve("inc/cache/annals-entries").resolve(BuildCache.hash(
                content.relativize(untouched).toString().getBytes(StandardCharsets.UTF_8)) + ".bin");
        Object entryInode = Files.getAttribute(entry, "unix:ino");
        Files.writeString(content.resolve("2001/new-article.txt"), "New article\n\nThe new article names "
                + read(articles.get(5)).lines().filter(l -> l.length() > 80).findFirst().orElseThrow() + "\n");
        assertSameAsClean();
        assertEquals(entryInode, Files.getAttribute(entry, "unix:ino"), "an unchanged article's entry is kept");

        // one deleted, one renamed
        Files.delete(articles.get(7));
        Files.move(articles.get(9), articles.get(9).resolveSibling("renamed.txt"));
        // and that line added to a third: now it recurs enough to be furniture in the two unchanged ones as well
        Files.writeString(articles.get(12), read(articles.get(12)) + FOLLOW);
        assertSameAsClean();
    }

    @Test
    void aLinkPlantedInThePreviousSiteLeadsNoWriteOutOfIt() throws IOException {
        new Build(config("link", true)).run();
        Path outside = dir.resolve("outside-chronology");
        Files.move(dir.resolve("link/site/chronology"), outside);
        Files.createSymbolicLink(dir.resolve("link/site/chronology"), outside);
        Map<String, String> before = TestSites.files(outside);
        Path edited = articles().get(25);
        String paragraph = read(edited).lines().filter(l -> l.length() > 80).findFirst().orElseThrow();
        Files.writeString(edited, read(edited).replace(paragraph, "On 9 May 2012, the envoys met. " + paragraph));

        new Build(config("link", true)).run();
        new Build(config("clean", false)).run();
        assertEquals(before, TestSites.files(outside), "nothing is written through the link");
        assertTrue(Files.isDirectory(dir.resolve("link/site/chronology"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals(TestSites.files(dir.resolve("clean/site")), TestSites.files(dir.resolve("link/site")));
    }

    @Test
    void aChangedGazetteerOrDamagedCacheStillGivesTheCleanBuildsOutput() throws IOException {
        new Build(config("inc", true)).run();
        Path entities = dir.resolve("entities.yml");
        Files.writeString(entities, read(entities) + "  - id: the-talks\n    type: other\n    names: {en: talks}\n");
        assertSameAsClean();
        try (Stream<Path> files = Files.list(dir.resolve("inc/cache/annals-entries"))) {
            for (Path f : files.limit(10).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        assertSameAsClean();
    }

    @Test
    void aBuildWhileAnotherUsesTheCacheGoesWithoutIt() throws IOException {
        Path cache = dir.resolve("locked/cache");
        try (BuildCache held = BuildCache.open(cache, "another build's key", BuildMemory.NONE)) {
            new Build(config("locked", true)).run();
        }
        try (Stream<Path> entries = Files.list(cache.resolve("annals-entries"))) {
            assertEquals(0, entries.count(), "the second build stored nothing");
        }
        new Build(config("clean", false)).run();
        assertEquals(TestSites.files(dir.resolve("clean/site")), TestSites.files(dir.resolve("locked/site")));
    }

    @Test
    void aCacheInsideTheOutputFolderIsRefused() {
        BuildConfig inside = config("guard", false).withCache(dir.resolve("guard/site/cache"));
        AnnalsException e = assertThrows(AnnalsException.class, () -> new Build(inside).run());
        assertTrue(e.getMessage().contains("set 'cache'"), e.getMessage());
    }

    private static List<Path> articles() throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The page of article file {@code article} in the incremental site (by the slug of its file name). */
    private static Path page(Path article) {
        String name = article.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return dir.resolve("inc/site/articles/" + name + ".html");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
