package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronologyPagesTest {
    @Test
    void largeChronologyLinksToOnePagePerYear(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder("---\ntitle: Many dates\ndate: 2021-01-01\nlang: en\n---\n");
        for (int i = 0; i < 600; i++) {
            text.append("The council met on ").append(1 + i % 28).append(" March ").append(1901 + i / 28).append(".\n\n");
        }
        TestSites.write(dir, Map.of("content/many.md", text.toString()));
        Build.Result r = TestSites.build(dir);
        assertEquals(600, r.archive().chronology().size());
        Document index = Jsoup.parse(dir.resolve("site/chronology/index.html").toFile(), "UTF-8");
        assertTrue(index.select("ol.events").isEmpty(), "a large chronology lists years, not events");
        assertEquals(22, index.select("ul.year-list li").size());
        Document y1901 = Jsoup.parse(dir.resolve("site/chronology/1901.html").toFile(), "UTF-8");
        assertEquals(28, y1901.select("ol.events > li").size());
        assertTrue(Files.isRegularFile(dir.resolve("site/chronology/1922.html")));
    }
}
