package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed midway (a child JVM, killed while it writes the site) leaves the previous site byte-identical. */
class KilledBuildTest {
    @TempDir
    Path dir;

    /** Builds {@code args[0]/content} into {@code args[0]/site}: the child JVM's entry point. */
    public static void main(String[] args) {
        TestSites.build(Path.of(args[0]));
    }

    @Test
    void buildKilledWhileWritingLeavesThePreviousSiteByteIdentical() throws Exception {
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < 400; i++) {
            files.put("content/a" + i + ".txt", "---\ntitle: Article " + i + "\ndate: 2020-0" + (1 + i % 9) + "-1"
                    + (i % 10) + "\n---\n" + ("Sentence " + i + " about Minsk and Vilnius on 3 March 2019. ").repeat(40));
        }
        TestSites.write(dir, files);
        TestSites.build(dir);
        Map<String, String> before = TestSites.files(dir.resolve("site"));
        TestSites.write(dir, Map.of("content/new.txt", "---\ntitle: New\n---\nA new article changes every page."));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledBuildTest.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean killedMidway = false;
        long deadline = System.currentTimeMillis() + 120_000;
        while (child.isAlive() && System.currentTimeMillis() < deadline) {
            if (stagedFiles() > 200) {
                child.destroyForcibly().waitFor();
                killedMidway = true;
                break;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor();
        assertTrue(killedMidway, "the child build ended before it could be killed: " + Files.readString(dir.resolve("child.log")));
        assertEquals(before, TestSites.files(dir.resolve("site")));

        TestSites.build(dir);
        assertTrue(Files.exists(dir.resolve("site/articles/new.html")));
        assertEquals(List.of("child.log", "content", "site"), names(dir), "leftovers of the killed build are cleaned");
    }

    @Test
    void siteMovedAsideByAKilledSwapIsRestoredAndLeftoversAreCleaned() throws Exception {
        TestSites.write(dir, Map.of("content/a.txt", "---\ntitle: A\n---\nText."));
        TestSites.build(dir);
        Files.move(dir.resolve("site"), dir.resolve(".site.annals-old-"));
        Files.createDirectories(dir.resolve(".site.annals-tmp-123/articles"));
        TestSites.write(dir, Map.of("content/b.txt", "---\ntitle: [broken\n---\nText."));
        try {
            TestSites.build(dir);
        } catch (AnnalsException expected) {
            // fails before staging: the moved-aside site stays where it is, to be restored by the next build
        }
        Files.delete(dir.resolve("content/b.txt"));
        TestSites.build(dir);
        assertTrue(Files.exists(dir.resolve("site/articles/a.html")));
        assertEquals(List.of("content", "site"), names(dir));
    }

    private long stagedFiles() throws IOException {
        try (Stream<Path> staging = Files.list(dir)) {
            Path tmp = staging.filter(p -> p.getFileName().toString().startsWith(".site.annals-tmp-")).findFirst()
                    .orElse(null);
            if (tmp == null) {
                return 0;
            }
            try (Stream<Path> walk = Files.walk(tmp)) {
                return walk.count();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
