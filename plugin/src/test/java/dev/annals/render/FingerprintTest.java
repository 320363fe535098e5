package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.annals.annotate.Excerpt;
import dev.annals.time.Granularity;
import dev.annals.time.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {
    /** A digest in hex, as the page keys hold them. */
    private static final String HEX = "0123456789abcdef".repeat(4);

    @Test
    void aDeferredValueCountsByItsKeyAlone() {
        String a = Fingerprint.of(Map.of("body", new Deferred(() -> "key", () -> "<p>one</p>")));
        assertEquals(a, Fingerprint.of(Map.of("body", new Deferred(() -> "key", () -> "<p>two</p>"))));
        assertNotEquals(a, Fingerprint.of(Map.of("body", new Deferred(() -> "other key", () -> "<p>one</p>"))));
        assertNotEquals(a, Fingerprint.of(Map.of("body", "key")));
    }

    @Test
    void recordsCountByTheirComponentsAndExcerptsByTheirText() {
        PartialDate day = new PartialDate(2020, 8, 16, Granularity.DAY);
        assertEquals(Fingerprint.of(day), Fingerprint.of(new PartialDate(2020, 8, 16, Granularity.DAY)));
        assertNotEquals(Fingerprint.of(day), Fingerprint.of(new PartialDate(2020, 8, 17, Granularity.DAY)));
        assertEquals(Fingerprint.of(new Excerpt("Minsk voted. Then", 0, 12)), Fingerprint.of(new Excerpt("Minsk voted.", 0, 12)));
        assertNotEquals(Fingerprint.of(new Excerpt("Minsk voted.", 0, 12)), Fingerprint.of(new Excerpt("Minsk voted.", 0, 11)));
    }

    @Test
    void stringsThatDifferHaveDifferentFingerprints() {
        List<String> strings = List.of("é", "Ã©", "e\u0301", "\ud800", "\udc00", "\ud800\udc00", "a", "aa", "", "\u0080",
                "\u07ff", "\uffff", "\ufffd", "x".repeat(3000), "x".repeat(2999) + "y", "y" + "x".repeat(2999),
                "x".repeat(20_000), "x".repeat(19_999) + "\u0178", HEX, HEX.replace('f', 'e'), HEX.toUpperCase(),
                HEX.substring(1), HEX.substring(1) + "g", "\u0001\u0023\u0045\u0067\u0089\u00ab\u00cd\u00ef".repeat(4));
        // the last: the bytes a digest in hex is fed as, as a string
        assertEquals(strings.size(), strings.stream().map(Fingerprint::of).distinct().count());
        assertNotEquals(Fingerprint.of(List.of("ab", "c")), Fingerprint.of(List.of("a", "bc")));
    }

    @Test
    void aWriterThatKeepsNoPagesNeverAsksForAFingerprint(@TempDir Path root) throws IOException {
        SiteWriter writer = new SiteWriter(root);
        writer.write("a/b.html", () -> {
            throw new AssertionError("fingerprint asked for");
        }, o -> o.write("page".getBytes(StandardCharsets.UTF_8)));
        assertArrayEquals("page".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(root.resolve("a/b.html")));
        assertEquals(Map.of(), writer.pages());
    }
}
