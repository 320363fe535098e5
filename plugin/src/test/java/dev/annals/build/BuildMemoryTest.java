package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BuildMemoryTest {
    private static final BuildMemory.Kind<String> TEXT = new BuildMemory.Kind<>();
    private static final BuildMemory.Kind<String> OTHER = new BuildMemory.Kind<>();

    @Test
    void keepsWhatTheLastBuildUsedUntilTheScopeChanges() {
        BuildMemory memory = new BuildMemory();
        AtomicInteger made = new AtomicInteger();
        memory.begin("key");
        assertEquals("a1", memory.get(TEXT, "a", () -> "a" + made.incrementAndGet()));
        memory.get(TEXT, "b", () -> "b" + made.incrementAndGet());
        memory.end();

        memory.begin("key");
        assertEquals("a1", memory.get(TEXT, "a", () -> "a" + made.incrementAndGet()), "kept from the last build");
        assertNull(memory.find(OTHER, "a"), "another kind's value is not taken");
        memory.end();

        memory.begin("key");
        assertNull(memory.find(TEXT, "b"), "not used by the last build: forgotten");
        assertEquals("a1", memory.find(TEXT, "a"));
        memory.end();

        memory.begin("another key");
        assertNull(memory.find(TEXT, "a"), "a new scope starts empty");
        assertEquals(2, made.get());

        memory.put(TEXT, "c", "c");
        memory.clear();
        memory.begin("another key");
        assertNull(memory.find(TEXT, "c"), "cleared, as when the cache is emptied");
    }

    @Test
    void noneKeepsNothing() {
        BuildMemory.NONE.begin("key");
        BuildMemory.NONE.put(TEXT, "a", "x");
        BuildMemory.NONE.end();
        assertNull(BuildMemory.NONE.find(TEXT, "a"));
        assertEquals("y", BuildMemory.NONE.get(TEXT, "a", () -> "y"));
    }
}
