package dev.annals.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The whole-pipeline benchmark: for each N (default 1,000, 10,000 and 100,000) generates an archive with
 * {@link ArchiveGenerator} into a temporary folder, builds it with {@link BuildMain} in a fresh JVM limited to
 * {@code -Xmx2g} (or the heap given with {@code -Dannals.bench.heap}), and prints wall time, articles per second,
 * peak heap and output size, or OOM. Not a test: run it by hand (see the README, "Performance").
 */
public final class ArchiveBenchmark {
    private ArchiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            sizes.add(Integer.parseInt(a.replace(",", "").replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        String heap = System.getProperty("annals.bench.heap", "2g");
        System.out.printf("cores %d; child JVM -Xmx%s; %s%n", Runtime.getRuntime().availableProcessors(), heap,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        System.out.printf("%9s %9s %9s %10s %10s %8s %10s  %s%n", "articles", "input MB", "wall s", "process s",
                "articles/s", "heap MB", "output MB", "files");
        for (int n : sizes) {
            Path root = Files.createTempDirectory("annals-bench-" + n + "-");
            try {
                ArchiveGenerator generator = new ArchiveGenerator(ArchiveGenerator.entityCount(n), 42);
                long input = generator.annals(root, n);
                run(root, n, input, heap);
            } finally {
                delete(root);
            }
        }
    }

    private static void run(Path root, int n, long input, String heap) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), BuildMain.class.getName(), root.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (log.length() < 4000) {
                    log.append(line).append('\n');
                }
            }
        }
        int code = p.waitFor();
        double process = (System.nanoTime() - t0) / 1e9;
        if (result == null || !result.contains("ms=")) {
            boolean oom = (result != null && result.contains("oom")) || log.toString().contains("OutOfMemoryError");
            System.out.printf(Locale.ROOT, "%,9d %9.1f  %s (exit %d, %.1f s)%n%s", n, input / 1e6,
                    oom ? "OUT OF MEMORY with -Xmx" + heap : "FAILED", code, process, oom ? "" : log);
            return;
        }
        double wall = field(result, "ms") / 1000.0;
        System.out.printf(Locale.ROOT, "%,9d %9.1f %9.1f %10.1f %,10.0f %8d %10.1f  %,d%n", n, input / 1e6, wall,
                process, n / wall, field(result, "peakHeapMB"), field(result, "bytes") / 1e6, field(result, "files"));
    }

    private static long field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Long.parseLong(part.substring(name.length() + 1));
            }
        }
        return -1;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
