package dev.annals.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small whole archives written inline by tests, and helpers to read what a build wrote. */
public final class TestSites {
    private TestSites() {
    }

    /** Writes {@code files} (relative path to content) under {@code dir}. */
    public static Path write(Path dir, Map<String, String> files) {
        files.forEach((name, content) -> {
            try {
                Path p = dir.resolve(name);
                Files.createDirectories(p.getParent());
                Files.writeString(p, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return dir;
    }

    /** Builds {@code root/content} (and {@code root/entities.yml} if present) into {@code root/site}. */
    public static Build.Result build(Path root) {
        Path entities = root.resolve("entities.yml");
        return new Build(new BuildConfig(root.resolve("content"), root.resolve("site"),
                Files.exists(entities) ? entities : null, null, null, true)).run();
    }

    /** Every file under {@code dir} by relative path, with its bytes as a string. */
    public static Map<String, String> files(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
