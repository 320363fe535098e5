package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMemoryTest {
    private static final BuildMemory.Kind<String> TEXT = new BuildMemory.Kind<>();
    private static final BuildMemory.Kind<String> OTHER = new BuildMemory.Kind<>();
    /** Written as UTF-8 after a mark, so that bytes without it (a damaged file) fail to read. */
    private static final BuildMemory.Kind<String> STORED = BuildMemory.Kind.onDisk("stored", new BuildMemory.Codec<>() {
        @Override
        public byte[] write(String value) {
            return ("ok:" + value).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String read(byte[] bytes) {
            String s = new String(bytes, StandardCharsets.UTF_8);
            if (!s.startsWith("ok:")) {
                throw new IllegalArgumentException(s);
            }
            return s.substring(3);
        }
    });

    @Test
    void keepsWhatTheLastBuildUsedUntilTheScopeChanges() {
        BuildMemory memory = new BuildMemory();
        AtomicInteger made = new AtomicInteger();
        memory.begin("key", null);
        assertEquals("a1", memory.get(TEXT, "a", () -> "a" + made.incrementAndGet()));
        memory.get(TEXT, "b", () -> "b" + made.incrementAndGet());
        memory.end();

        memory.begin("key", null);
        assertEquals("a1", memory.get(TEXT, "a", () -> "a" + made.incrementAndGet()), "kept from the last build");
        assertNull(memory.find(OTHER, "a"), "another kind's value is not taken");
        memory.end();

        memory.begin("key", null);
        assertNull(memory.find(TEXT, "b"), "not used by the last build: forgotten");
        assertEquals("a1", memory.find(TEXT, "a"));
        memory.end();

        memory.begin("another key", null);
        assertNull(memory.find(TEXT, "a"), "a new scope starts empty");
        assertEquals(2, made.get());

        memory.put(TEXT, "c", "c");
        memory.clear();
        memory.begin("another key", null);
        assertNull(memory.find(TEXT, "c"), "cleared, as when the cache is emptied");
    }

    @Test
    void noneKeepsNothing() {
        BuildMemory.NONE.begin("key", null);
        BuildMemory.NONE.put(TEXT, "a", "x");
        BuildMemory.NONE.end();
        assertNull(BuildMemory.NONE.find(TEXT, "a"));
        assertEquals("y", BuildMemory.NONE.get(TEXT, "a", () -> "y"));
    }

    @Test
    void kindsOnDiskAreReadByTheNextProcessAndForgottenWhenUnused(@TempDir Path disk) throws IOException {
        AtomicInteger made = new AtomicInteger();
        BuildMemory first = BuildMemory.forOneBuild();
        first.begin("key", disk);
        assertEquals("a1", first.get(STORED, "a", () -> "a" + made.incrementAndGet()));
        assertEquals("b2", first.get(STORED, "b", () -> "b" + made.incrementAndGet()));
        first.get(TEXT, "t", () -> "t"); // a kind not on disk leaves no file
        first.end();
        assertEquals(2, names(disk.resolve("stored")).size());
        assertEquals(java.util.List.of("stored"), names(disk));

        BuildMemory next = BuildMemory.forOneBuild(); // as in a new process
        next.begin("key", disk);
        assertEquals("a1", next.get(STORED, "a", () -> "a" + made.incrementAndGet()), "read back, not made");
        next.end();
        assertEquals(2, made.get());
        assertEquals(1, names(disk.resolve("stored")).size(), "b was not used: its file is deleted");

        Files.writeString(disk.resolve("stored").resolve(names(disk.resolve("stored")).get(0)), "damaged");
        BuildMemory third = BuildMemory.forOneBuild();
        third.begin("key", disk);
        assertEquals("a3", third.get(STORED, "a", () -> "a" + made.incrementAndGet()), "a damaged file is made again");
        third.end();
        BuildMemory fourth = BuildMemory.forOneBuild();
        fourth.begin("key", disk);
        assertEquals("a3", fourth.find(STORED, "a"), "and written again");

        BuildMemory.NONE.begin("key", disk);
        assertNull(BuildMemory.NONE.find(STORED, "a"), "nothing is kept without a cache");
    }

    private static java.util.List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
