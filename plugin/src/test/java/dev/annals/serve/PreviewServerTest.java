package dev.annals.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.build.BuildConfig;
import dev.annals.build.TestSites;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "condition not met within 10 s");
    }

    @Test
    void servesRebuildsOnChangeAndKeepsTheLastGoodSiteWhenABuildFails(@TempDir Path dir) throws Exception {
        TestSites.write(dir, Map.of("content/a.md", "---\ntitle: First title\n---\nSome text about the city.\n",
                "entities.yml", "- id: city\n  type: place\n  names: {en: City}\n"));
        BuildConfig config = new BuildConfig(dir.resolve("content"), dir.resolve("site"), dir.resolve("entities.yml"),
                null, null, true);
        try (PreviewServer server = new PreviewServer(config, 0, message -> { })) {
            HttpResponse<String> page = get(server, "articles/a.html");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("First title"));
            assertTrue(page.body().contains("/_annals/reload.js"), "pages load the reload script");
            assertEquals(200, get(server, "_annals/reload.js").statusCode());
            assertEquals(404, get(server, "no/such/page.html").statusCode());
            assertTrue(get(server, "").body().contains("<h1>"), "a folder serves its index.html");

            int version = server.status().version();
            Files.writeString(dir.resolve("content/a.md"), "---\ntitle: Second title\n---\nSome text.\n");
            await(() -> server.status().version() > version);
            assertTrue(get(server, "articles/a.html").body().contains("Second title"));

            Files.writeString(dir.resolve("content/a.md"), "---\ntitle: [broken\n---\nText.\n");
            await(() -> server.status().error() != null);
            assertTrue(server.status().error().contains("a.md"), server.status().error());
            assertTrue(get(server, "_annals/status").body().contains("a.md"));
            assertTrue(get(server, "articles/a.html").body().contains("Second title"), "the last good site stays");

            Files.writeString(dir.resolve("entities.yml"), "- id: city\n  type: place\n  names: {en: Town}\n");
            Files.writeString(dir.resolve("content/a.md"), "---\ntitle: Third\n---\nThe Town is quiet.\n");
            await(() -> server.status().error() == null);
            assertNull(server.status().error());
            assertNotNull(get(server, "entities/city.html").body());
            assertTrue(get(server, "articles/a.html").body().contains("href=\"../entities/city.html\""));
        }
    }

    @Test
    void refusesPathsOutsideTheSite(@TempDir Path dir) throws Exception {
        TestSites.write(dir, Map.of("content/a.md", "Text.\n", "secret.txt", "secret"));
        try (PreviewServer server = new PreviewServer(new BuildConfig(dir.resolve("content"), dir.resolve("site"),
                null, null, null, true), 0, message -> { })) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.address() + "../secret.txt"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400 && !r.body().contains("secret"), r.statusCode() + " " + r.body());
        }
    }
}
