package dev.annals.daemon;

import dev.annals.build.AnnalsException;
import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Has a {@link BuildDaemon} build an archive: the one that runs for the archive's build cache folder, when it
 * runs this code, or one it starts. Builds of one archive go through a lock, one at a time. When no daemon can
 * build (none starts, or it stops during the build), it says why and returns nothing: the caller builds in its
 * own process.
 */
public final class DaemonClient {
    /** How long a new daemon may take to start listening. */
    private static final Duration START = Duration.ofSeconds(60);
    /** How long connecting, and a daemon's answer to a request to stop, may take. */
    private static final int STOP_MILLIS = 10_000;

    private DaemonClient() {
    }

    /**
     * How to start a daemon.
     *
     * @param java      the {@code java} launcher
     * @param options   the JVM's options
     * @param classpath this plugin and its libraries
     * @param idle      how long it waits for the next build before it stops
     */
    public record Launch(Path java, List<String> options, List<Path> classpath, Duration idle) {
        public Launch {
            options = List.copyOf(options);
            classpath = List.copyOf(classpath);
        }

        /**
         * A daemon run by this JVM's launcher with the options that size and tune this JVM (what
         * {@code .mvn/jvm.config} or {@code MAVEN_OPTS} gave Maven: heap, collector, the JIT's settings).
         */
        public static Launch like(List<Path> classpath, Duration idle) {
            List<String> options = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                    .filter(a -> a.startsWith("-XX:") || a.startsWith("-Xmx") || a.startsWith("-Xms")
                            || a.startsWith("-Xss")).toList());
            options.add("-Djava.awt.headless=true");
            return new Launch(Path.of(System.getProperty("java.home"), "bin", "java"), options, classpath, idle);
        }

        /** The key of the code a daemon started so would run, and how: a daemon with another is replaced. */
        String code() {
            try {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                List<String> parts = new ArrayList<>(List.of(Wire.VERSION, java.toString()));
                parts.addAll(options);
                for (Path entry : classpath) {
                    parts.add(entry.toString());
                    try (Stream<Path> files = Files.isDirectory(entry) ? Files.walk(entry) : Stream.of(entry)) {
                        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                            parts.add(f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis());
                        }
                    }
                }
                parts.forEach(p -> d.update((p + "\n").getBytes(StandardCharsets.UTF_8)));
                return HexFormat.of().formatHex(d.digest());
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new AnnalsException("cannot read the plugin's class path to start a build daemon: " + e, e);
            }
        }
    }

    /**
     * Builds {@code config}, which must have a cache folder, in the daemon; empty when no daemon could (the reason
     * goes to {@code log}). Throws as {@link Build#run} does when the build fails.
     */
    public static Optional<Build.Summary> build(BuildConfig config, Launch launch, Consumer<String> log) {
        Path dir = config.cache().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve("annals-daemon.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                return Optional.of(buildLocked(dir, config, launch, log));
            }
        } catch (OverlappingFileLockException e) {
            log.accept("another build of this archive runs in this JVM; building without the daemon.");
        } catch (IOException e) {
            log.accept("the build daemon could not build (" + e.getMessage() + "); building without it. Its log: "
                    + dir.resolve("annals-daemon.log"));
        }
        return Optional.empty();
    }

    /** Stops the daemon of the cache folder {@code dir}, if one runs; true if one did. */
    public static boolean stop(Path dir) {
        DaemonState state = DaemonState.read(dir.resolve("annals-daemon.properties"));
        try {
            return state != null && Wire.OK.equals(exchange(state, STOP_MILLIS, out -> Wire.text(out, Wire.STOP),
                    Wire::text));
        } catch (IOException e) {
            return false;
        }
    }

    private static Build.Summary buildLocked(Path dir, BuildConfig config, Launch launch, Consumer<String> log)
            throws IOException {
        Path stateFile = dir.resolve("annals-daemon.properties");
        String code = launch.code();
        DaemonState state = DaemonState.read(stateFile);
        if (state != null && !state.code().equals(code)) {
            log.accept("the build daemon runs other code; stopping it and starting another.");
            stop(dir);
            state = null;
        }
        if (state != null) {
            try {
                return build(state, config);
            } catch (ConnectException e) {
                log.accept("the build daemon is gone; starting another.");
            }
        } else {
            log.accept("starting a build daemon for this archive (it stops after " + launch.idle().toMinutes()
                    + " idle minutes; -Dannals.daemon=false builds without it).");
        }
        return build(start(dir, stateFile, code, launch), config);
    }

    private static Build.Summary build(DaemonState state, BuildConfig config) throws IOException {
        return exchange(state, 0, out -> {
            Wire.text(out, Wire.BUILD);
            Wire.config(out, config);
        }, in -> {
            String status = Wire.text(in);
            if (Wire.OK.equals(status)) {
                return Wire.summary(in);
            }
            List<Problem> problems = Wire.problems(in);
            Problem p = problems.isEmpty() ? Problem.error(null, 0, "the build daemon failed") : problems.get(0);
            throw new AnnalsException(p.file(), p.line(), p.message());
        });
    }

    private interface Send {
        void to(DataOutputStream out) throws IOException;
    }

    private interface Receive<T> {
        T from(DataInputStream in) throws IOException;
    }

    /** Sends {@code request} and reads the answer, waiting for it at most {@code millis} (0: as long as it takes). */
    private static <T> T exchange(DaemonState state, int millis, Send request, Receive<T> answer) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), state.port()), STOP_MILLIS);
            s.setSoTimeout(millis);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            Wire.text(out, Wire.VERSION);
            Wire.text(out, state.token());
            request.to(out);
            out.flush();
            return answer.from(new DataInputStream(new BufferedInputStream(s.getInputStream())));
        }
    }

    /** Starts a daemon and waits until it listens. */
    private static DaemonState start(Path dir, Path stateFile, String code, Launch launch) throws IOException {
        List<String> command = new ArrayList<>(List.of(launch.java().toString()));
        command.addAll(launch.options());
        command.addAll(List.of("-cp", String.join(File.pathSeparator, launch.classpath().stream().map(Path::toString)
                .toList()), BuildDaemon.class.getName(), stateFile.toString(), code,
                Long.toString(launch.idle().toSeconds())));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("annals-daemon.log").toFile())).start();
        p.getOutputStream().close();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            DaemonState s = DaemonState.read(stateFile);
            if (s != null && s.pid() == p.pid()) {
                return s;
            }
            if (!p.isAlive()) {
                throw new IOException("it stopped as it started, with exit code " + p.exitValue());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        p.destroy();
        throw new IOException("it did not start listening within " + START.toSeconds() + " s");
    }
}
