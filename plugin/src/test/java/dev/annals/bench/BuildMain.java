package dev.annals.bench;

import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.daemon.DaemonClient;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Builds {@code ROOT/content} (with {@code ROOT/entities.yml}) into {@code ROOT/site}, with the build cache in
 * folder {@code CACHE} when given (arguments: {@code ROOT [CACHE]}), and prints one line
 * {@code RESULT ms=.. peakHeapMB=.. files=.. bytes=..}, or {@code RESULT oom} when the heap runs out. With
 * {@code -Dannals.daemon=true} and a cache, the build daemon builds (the heap figures are then this client's). Run in
 * its own JVM (see {@link ArchiveBenchmark} and {@code plugin/src/test/bench/compare-hugo.sh}).
 */
public final class BuildMain {
    private BuildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path entities = root.resolve("entities.yml");
        AtomicLong sampled = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Runtime r = Runtime.getRuntime();
                sampled.accumulateAndGet(r.totalMemory() - r.freeMemory(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        try {
            BuildConfig config = new BuildConfig(root.resolve("content"), root.resolve("site"),
                    Files.exists(entities) ? entities : null, null, null, false);
            BuildConfig withCache = args.length > 1 ? config.withCache(Path.of(args[1])) : config;
            if (Boolean.getBoolean("annals.daemon") && withCache.cache() != null) {
                DaemonClient.build(withCache, DaemonClient.Launch.like(Stream.of(System.getProperty("java.class.path")
                        .split(File.pathSeparator)).map(Path::of).toList(), Duration.ofMinutes(10)), System.err::println);
            } else {
                new Build(withCache).run();
            }
        } catch (OutOfMemoryError e) {
            System.out.println("RESULT oom after " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            System.exit(3);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        sampler.interrupt();
        // -Dannals.bench.size=false leaves the site's size out, for a timing of the whole process (compare-hugo.sh)
        long[] size = Boolean.parseBoolean(System.getProperty("annals.bench.size", "true"))
                ? size(root.resolve("site")) : new long[] {-1, -1};
        System.out.printf(Locale.ROOT, "RESULT ms=%d peakHeapMB=%d poolPeakMB=%d files=%d bytes=%d%n", ms,
                sampled.get() >> 20, poolPeaks() >> 20, size[0], size[1]);
    }

    /** The sum of the heap pools' peak usage: an upper bound of the peak heap (pools peak at different times). */
    private static long poolPeaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong((MemoryPoolMXBean p) -> p.getPeakUsage().getUsed()).sum();
    }

    private static long[] size(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long[] out = new long[2];
            walk.filter(Files::isRegularFile).forEach(p -> {
                out[0]++;
                out[1] += p.toFile().length();
            });
            return out;
        }
    }
}
