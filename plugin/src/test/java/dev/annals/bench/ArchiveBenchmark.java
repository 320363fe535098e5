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
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The whole-pipeline benchmark: for each N (default 1,000, 10,000 and 100,000) generates an archive with
 * {@link ArchiveGenerator} into a temporary folder, builds it with {@link BuildMain} in a fresh JVM limited to
 * {@code -Xmx2g} (or the heap given with {@code -Dannals.bench.heap}), and prints wall time, articles per second,
 * peak heap and output size, or OOM. Then (unless {@code -Dannals.bench.rebuild=false}) it builds again with
 * the build cache, changes one article, times the rebuild, and compares that site file by file with a clean
 * build of the changed archive; then times rebuilds in one JVM, as the preview server makes them, and rebuilds
 * through the build daemon, each asked for by a new JVM. Not a test:
 * run it by hand (see the README, "Performance").
 */
public final class ArchiveBenchmark {
    private ArchiveBenchmark() {
    }

    /** The options the project gives Maven's JVM ({@code .mvn/jvm.config}, from the working folder up), which builds run in. */
    private static final List<String> MAVEN_JVM_OPTIONS = mavenJvmOptions();

    private static List<String> mavenJvmOptions() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path config = dir.resolve(".mvn/jvm.config");
            if (Files.isRegularFile(config)) {
                try {
                    return List.of(Files.readString(config).trim().split("\\s+"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return List.of();
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
        System.out.printf("cores %d; child JVM -Xmx%s %s; %s%n", Runtime.getRuntime().availableProcessors(), heap,
                String.join(" ", MAVEN_JVM_OPTIONS),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        System.out.printf("%9s %9s %9s %10s %10s %8s %10s  %s%n", "articles", "input MB", "wall s", "process s",
                "articles/s", "heap MB", "output MB", "files");
        for (int n : sizes) {
            Path root = Files.createTempDirectory("annals-bench-" + n + "-");
            try {
                ArchiveGenerator generator = new ArchiveGenerator(ArchiveGenerator.entityCount(n), 42);
                long input = generator.annals(root, n);
                if (run(root, n, input, heap, List.of()) != null
                        && !"false".equals(System.getProperty("annals.bench.rebuild"))) {
                    rebuild(root, generator, heap);
                }
            } finally {
                delete(root);
            }
        }
    }

    /**
     * Builds with a cache, changes one article (a dated sentence put before its first paragraph), rebuilds and
     * compares the rebuilt site with a clean build of the changed archive; then {@link #warm}.
     */
    private static void rebuild(Path root, ArchiveGenerator generator, String heap)
            throws IOException, InterruptedException {
        Path cache = root.resolve("cache");
        double[] first = run(root, 0, 0, heap, List.of(cache.toString()));
        ArchiveGenerator.GenArticle changed = generator.article(2);
        Path file = root.resolve("content").resolve(changed.file());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String paragraph = changed.paragraphs().get(0);
        Files.writeString(file, text.replace(paragraph, "On 3 March 2011, the talks resumed. " + paragraph),
                StandardCharsets.UTF_8);
        double[] again = run(root, 0, 0, heap, List.of(cache.toString()));
        Files.move(root.resolve("site"), root.resolve("site-rebuilt"));
        double[] clean = run(root, 0, 0, heap, List.of());
        if (first == null || again == null || clean == null) {
            return;
        }
        Map<String, String> rebuilt = hashes(root.resolve("site-rebuilt"));
        Map<String, String> reference = hashes(root.resolve("site"));
        long differ = reference.keySet().stream().filter(k -> !reference.get(k).equals(rebuilt.get(k))).count()
                + rebuilt.keySet().stream().filter(k -> !reference.containsKey(k)).count();
        System.out.printf(Locale.ROOT, "%9s first build with the cache %.1f s; after one article changed, rebuild "
                        + "%.1f s (process %.1f s); the rebuilt site is %s a clean build's (%,d files)%n", "",
                first[0], again[0], again[1], differ == 0 ? "byte-identical to" : differ + " files different from",
                reference.size());
        warm(root, file, text, heap);
        daemon(root, file, text, reference, heap);
    }

    /**
     * Times one-article rebuilds through the build daemon ({@code -Dannals.daemon=true}), each asked for by a new
     * client JVM as a {@code mvn site} after an edit would: the changed article and its original in turns, ten
     * times, after a first build that starts the daemon. Then compares the site with {@code reference} (the
     * archive is as it was) and stops the daemon.
     */
    private static void daemon(Path root, Path file, String original, Map<String, String> reference, String heap)
            throws IOException, InterruptedException {
        Path cache = root.resolve("cache-daemon");
        List<String> options = List.of("-Dannals.daemon=true");
        String changed = Files.readString(file, StandardCharsets.UTF_8);
        try {
            double[] first = run(root, 0, 0, heap, List.of(cache.toString()), options);
            List<double[]> times = new ArrayList<>();
            for (int i = 0; i < 10 && first != null; i++) {
                Files.writeString(file, i % 2 == 0 ? original : changed, StandardCharsets.UTF_8);
                double[] t = run(root, 0, 0, heap, List.of(cache.toString()), options);
                if (t == null) {
                    return;
                }
                times.add(t);
            }
            if (first == null) {
                return;
            }
            Map<String, String> site = hashes(root.resolve("site"));
            long differ = reference.keySet().stream().filter(k -> !reference.get(k).equals(site.get(k))).count()
                    + site.keySet().stream().filter(k -> !reference.containsKey(k)).count();
            double[] builds = times.stream().mapToDouble(t -> t[0]).sorted().toArray();
            double[] processes = times.stream().mapToDouble(t -> t[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%9s through the build daemon: first build %.1f s (starting it); then, each "
                    + "asked for by a new JVM, rebuild median %.1f s (%.1f to %.1f s over %d; process median %.1f s, "
                    + "%.1f to %.1f s); the last site is %s a clean build's%n", "", first[0], median(builds), builds[0],
                    builds[builds.length - 1], builds.length, median(processes), processes[0],
                    processes[processes.length - 1],
                    differ == 0 ? "byte-identical to" : differ + " files different from");
        } finally {
            dev.annals.daemon.DaemonClient.stop(cache);
        }
    }

    private static double median(double[] sorted) {
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * Times one-article rebuilds in one JVM, as the preview server makes them ({@link WarmRebuild}): the changed
     * article and its original in turns, eight times.
     */
    private static void warm(Path root, Path file, String original, String heap)
            throws IOException, InterruptedException {
        Path other = root.resolve("other.txt");
        Files.writeString(other, original, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap));
        command.addAll(MAVEN_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WarmRebuild.class.getName(),
                root.toString(), root.resolve("cache").toString(), file.toString(), other.toString(), "8"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("RESULT warm=([\\d,]+)").matcher(out);
        if (!m.find()) {
            System.out.printf(Locale.ROOT, "%9s rebuilds in one JVM FAILED:%n%s", "", out);
            return;
        }
        double[] s = java.util.Arrays.stream(m.group(1).split(",")).mapToDouble(ms -> Long.parseLong(ms) / 1000.0)
                .sorted().toArray();
        System.out.printf(Locale.ROOT, "%9s rebuilds in one JVM, as the preview server makes them: median %.1f s "
                + "(%.1f to %.1f s over %d)%n", "", median(s), s[0], s[s.length - 1],
                s.length);
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try {
                    out.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    /**
     * Runs {@link BuildMain} on {@code root} with {@code extra} arguments; prints a row when {@code n} is above 0.
     * Returns the build's and the process's seconds, or null when it failed.
     */
    private static double[] run(Path root, int n, long input, String heap, List<String> extra)
            throws IOException, InterruptedException {
        return run(root, n, input, heap, extra, List.of());
    }

    /** As {@link #run(Path, int, long, String, List)}, with {@code options} for the JVM. */
    private static double[] run(Path root, int n, long input, String heap, List<String> extra, List<String> options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap));
        command.addAll(MAVEN_JVM_OPTIONS);
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildMain.class.getName(), root.toString()));
        command.addAll(extra);
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
            return null;
        }
        double wall = field(result, "ms") / 1000.0;
        if (n > 0) {
            System.out.printf(Locale.ROOT, "%,9d %9.1f %9.1f %10.1f %,10.0f %8d %10.1f  %,d%n", n, input / 1e6, wall,
                    process, n / wall, field(result, "peakHeapMB"), field(result, "bytes") / 1e6,
                    field(result, "files"));
        }
        return new double[] {wall, process};
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
