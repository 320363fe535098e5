package dev.annals.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annals.build.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCheckerTest {
    @Test
    void reportsBrokenLinksMissingAnchorsAssetsAbsoluteLinksAndDuplicateIds(@TempDir Path site) {
        TestSites.write(site, Map.of(
                "index.html", "<!DOCTYPE html><html><head><link rel=stylesheet href=\"assets/missing.css\"></head><body>"
                        + "<a href=\"a/page.html#here\">ok</a> <a href=\"a/page.html#nowhere\">x</a> <a href=\"gone.html\">x</a>"
                        + " <a href=\"/abs.html\">x</a> <a href=\"https://example.org/\">external</a> <a href=\"a/\">dir</a></body></html>",
                "a/page.html", "<!DOCTYPE html><html><body><p id=here>1</p><p id=here>2</p></body></html>",
                "a/index.html", "<!DOCTYPE html><html><body></body></html>"));
        assertEquals(List.of(
                "a/page.html: duplicate id 'here'",
                "index.html: broken link 'assets/missing.css'",
                "index.html: broken link 'gone.html'",
                "index.html: missing anchor 'a/page.html#nowhere'",
                "index.html: root-absolute link '/abs.html' breaks under a path prefix; make it relative"),
                SiteChecker.check(site));
    }
}
