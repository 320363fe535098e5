package dev.annals.bench;

import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.BuildMemory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rebuilds in one JVM, as the preview server ({@code annals:serve}) does after each edit: builds
 * {@code ROOT/content} with the cache in {@code CACHE}, then {@code N} times swaps the content of article
 * {@code FILE} with that of file {@code OTHER} and rebuilds (arguments: {@code ROOT CACHE FILE OTHER N}, N even
 * so the article ends as it began). Prints {@code RESULT warm=ms,ms,...}, the first build left out.
 */
public final class WarmRebuild {
    private WarmRebuild() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path file = Path.of(args[2]);
        Path other = Path.of(args[3]);
        Path entities = root.resolve("entities.yml");
        BuildConfig config = new BuildConfig(root.resolve("content"), root.resolve("site"),
                Files.exists(entities) ? entities : null, null, null, false).withCache(Path.of(args[1]));
        BuildMemory memory = new BuildMemory(); // kept from build to build, as the preview server keeps it
        new Build(config, memory).run();
        List<String> times = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(args[4]); i++) {
            byte[] now = Files.readAllBytes(file);
            Files.write(file, Files.readAllBytes(other));
            Files.write(other, now);
            long t0 = System.nanoTime();
            new Build(config, memory).run();
            times.add(Long.toString((System.nanoTime() - t0) / 1_000_000));
        }
        System.out.printf(Locale.ROOT, "RESULT warm=%s%n", String.join(",", times));
    }
}
