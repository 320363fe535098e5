package dev.annals.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Renders the sample archive, serves it on 127.0.0.1 under a path prefix and runs
 * {@code articles/src/test/browser/e2e.mjs} against it: a reader's walk through the site in headless Chromium
 * (home, search, a result's article, an entity, the entity index, the chronology) with zero axe-core violations
 * on every page, in light and dark mode, on a desktop and a phone viewport. Screenshots land in
 * {@code target/browser/screenshots/}.
 *
 * <p>Skipped when Chromium ({@code /usr/bin/chromium}, or {@code -Dannals.chromium=PATH}) or Node.js is missing;
 * {@code .ci/run} installs Chromium, so CI always runs it.
 */
class BrowserTest {
    static final Path SAMPLE = Path.of("..", "articles");
    static final Path BROWSER = SAMPLE.resolve("src/test/browser");
    static final Path OUT = Path.of("target", "browser");
    static final String PREFIX = "/annals/";
    static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "xml", "application/xml",
            "svg", "image/svg+xml", "txt", "text/plain; charset=utf-8");

    static void skipUnless(boolean condition, String reason) {
        if (!condition) {
            System.err.println("[BrowserTest] skipped: " + reason);
        }
        assumeTrue(condition, "Browser test skipped: " + reason);
    }

    /** Builds the sample site and serves it on 127.0.0.1 under {@link #PREFIX}; the caller stops the server. */
    static HttpServer serve() throws IOException {
        Path site = OUT.resolve("site").toAbsolutePath();
        Files.createDirectories(OUT);
        new Build(new BuildConfig(SAMPLE.resolve("content"), site, SAMPLE.resolve("entities.yml"), null, null, true))
                .run();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, ex -> serveFile(site, ex));
        server.start();
        return server;
    }

    static void serveFile(Path site, HttpExchange ex) throws IOException {
        try (ex) {
            String rel = URI.create(ex.getRequestURI().getRawPath()).getPath().substring(PREFIX.length());
            Path file = site.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file) || !ex.getRequestMethod().equals("GET")) {
                byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(404, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    record Run(int code, String output) {
    }

    /** Runs a command with stderr merged into stdout; code -1 when it could not start or timed out. */
    static Run run(List<String> command, Path dir, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("annals-browser", ".log");
            try {
                Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull())).start();
                boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                if (!done) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                }
                String out = Files.readString(log);
                return new Run(done ? p.exitValue() : -1, done ? out : out + "\n(timed out after " + timeoutSeconds + " s)");
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            return new Run(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run(-1, e.toString());
        }
    }

    static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    @Test
    void aReaderSearchesFollowsLinksAndMeetsNoAccessibilityViolations() throws IOException {
        // Skipped (visibly, in the test report) rather than failed where the tools are missing; CI installs them.
        String chromium = System.getProperty("annals.chromium", "/usr/bin/chromium");
        skipUnless(Files.isExecutable(Path.of(chromium)),
                "no Chromium at " + chromium + " (apt-get install chromium, or -Dannals.chromium=PATH)");
        skipUnless(run(List.of("node", "--version"), Path.of("."), 20).code == 0, "Node.js (node) is not on the PATH");

        if (!Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))
                || !Files.isDirectory(BROWSER.resolve("node_modules/axe-core"))) {
            Run ci = run(List.of("npm", "ci", "--no-audit", "--no-fund"), BROWSER, 300);
            System.out.println(ci.output);
            assertEquals(0, ci.code, "npm ci failed in " + BROWSER);
        }
        HttpServer server = serve();
        try {
            Path shots = OUT.resolve("screenshots").toAbsolutePath();
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + "index.html";
            Run e2e = run(List.of("node", "e2e.mjs", url, shots.toString(), chromium), BROWSER, 120);
            System.out.println(e2e.output);
            assertEquals(0, e2e.code, "browser test failed:\n" + e2e.output);
            assertTrue(Files.isRegularFile(shots.resolve("article-desktop.png")), "no screenshot of an article");
        } finally {
            server.stop(0);
        }
    }
}
