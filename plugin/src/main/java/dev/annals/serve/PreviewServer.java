package dev.annals.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.BuildMemory;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Serves the built site on 127.0.0.1, rebuilds when an input changes and makes open pages reload. A failed
 * rebuild keeps the last good site and shows its error on every page until a build succeeds again.
 */
public final class PreviewServer implements Closeable {
    /** What the pages poll: a build number that changes on every successful build, and the last error. */
    record Status(int version, String error) {
    }

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8", "png", "image/png");
    private static final String RELOAD_TAG = "<script src=\"/_annals/reload.js\"></script>";

    private final BuildConfig config;
    /** What each rebuild keeps for the next one. */
    private final BuildMemory memory = new BuildMemory();
    private final Consumer<String> log;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(0, null));
    private final HttpServer server;
    private final Watcher watcher;
    private final byte[] reloadScript;
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Builds once, then serves on {@code port} (0 picks a free one) and watches the inputs. */
    public PreviewServer(BuildConfig config, int port, Consumer<String> log) throws IOException {
        this.config = config;
        this.log = log;
        try (InputStream in = PreviewServer.class.getResourceAsStream("/dev/annals/serve/reload.js")) {
            reloadScript = in.readAllBytes();
        }
        rebuild();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        watcher = new Watcher(inputs(config), this::rebuild);
    }

    private static java.util.List<Path> inputs(BuildConfig config) {
        java.util.List<Path> paths = new java.util.ArrayList<>(java.util.List.of(config.source()));
        for (Path p : new Path[] {config.entities(), config.rules(), config.templates()}) {
            if (p != null) {
                paths.add(p);
            }
        }
        return paths;
    }

    /** The address pages are served from. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    Status status() {
        return status.get();
    }

    private synchronized void rebuild() {
        try {
            Build.Result result = new Build(config, memory).run();
            status.set(new Status(status.get().version() + 1, null));
            log.accept("Built " + result.archive().articles().size() + " articles (build " + status.get().version() + ")");
        } catch (RuntimeException e) { // whatever failed, the watcher must live on to try the next change
            status.set(new Status(status.get().version(), e.getMessage() == null ? e.toString() : e.getMessage()));
            log.accept("Build failed, still serving the last good site: " + e.getMessage());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/_annals/reload.js")) {
                send(exchange, 200, "js", reloadScript);
                return;
            }
            if (path.equals("/_annals/status")) {
                send(exchange, 200, "json", json.writeValueAsBytes(status.get()));
                return;
            }
            Path root = config.output().toAbsolutePath().normalize();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "txt", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int code = 200;
            if (!Files.isRegularFile(file)) {
                code = 404;
                file = root.resolve("404.html");
            }
            byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : "not found".getBytes(StandardCharsets.UTF_8);
            String ext = file.getFileName().toString().replaceFirst(".*\\.", "").toLowerCase(Locale.ROOT);
            if (ext.equals("html")) {
                body = new String(body, StandardCharsets.UTF_8).replace("</body>", RELOAD_TAG + "\n</body>")
                        .getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, code, ext, body);
        }
    }

    private static void send(HttpExchange exchange, int code, String ext, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(code, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        watcher.close();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
