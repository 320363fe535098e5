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
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Has a {@link BuildDaemon} build an archive: the one that runs for the archive's build cache folder, when it
 * runs this code, or one it starts. Builds of one archive go through a lock, one at a time. When no daemon can
 * build (none starts, it stops during the build, or it gives no sign of life for {@link #ANSWER_MILLIS}), it says
 * why and builds in this JVM, still holding the lock.
 */
public final class DaemonClient {
    /** How long a new daemon may take to start listening. */
    private static final Duration START = Duration.ofSeconds(60);
    /** How long connecting, a daemon's answer to a request to stop, and its stopping may take. */
    private static final int STOP_MILLIS = 10_000;
    /** How long a building daemon may go without a sign of life ({@link Wire#BEAT}) before it counts as hung. */
    static final int ANSWER_MILLIS = 20_000;
    /**
     * The first option of a daemon's command line, by which a process is known as one (the system may cut a long
     * command line short, so the class name at its end may not show).
     */
    static final String MARK = "-Dannals.buildDaemon=true";
    /** Runs a command in a new session (util-linux); it keeps the process id, as the child is no group leader. */
    static final Path SETSID = Path.of("/usr/bin/setsid");

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
            if (idle.toSeconds() < 1) {
                throw new IllegalArgumentException("a build daemon's idle time must be at least a second, not " + idle);
            }
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
        String code() throws IOException {
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
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    /**
     * Builds {@code config}, which must have a cache folder, in the daemon, or in this JVM when no daemon can (saying
     * why to {@code log}). Throws as {@link Build#run} does when the build fails.
     */
    public static Build.Summary build(BuildConfig config, Launch launch, Consumer<String> log) {
        Path dir = config.cache().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(DaemonState.LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    log.accept("waiting for another build of this archive to finish.");
                    lock = channel.lock();
                }
                try {
                    return inDaemonOrHere(dir, config, launch, log);
                } finally {
                    lock.release();
                }
            }
        } catch (OverlappingFileLockException e) {
            log.accept("another build of this archive runs in this JVM; building without the daemon.");
        } catch (IOException e) {
            log.accept("cannot use the build daemon's lock in " + dir + " (" + e + "); building without it.");
        }
        return new Build(config).run().summary();
    }

    private static Build.Summary inDaemonOrHere(Path dir, BuildConfig config, Launch launch, Consumer<String> log) {
        try {
            return inDaemon(dir, config, launch, log);
        } catch (IOException | java.io.UncheckedIOException e) {
            log.accept("the build daemon could not build (" + e + "); building in this JVM. The daemon's log: "
                    + dir.resolve(DaemonState.LOG));
            return new Build(config).run().summary();
        }
    }

    /** Stops the daemon of the cache folder {@code dir}, if one runs; true if one did. */
    public static boolean stop(Path dir) {
        DaemonState state = DaemonState.read(dir.resolve(DaemonState.FILE));
        return state != null && daemon(state).isPresent() && stop(state);
    }

    /**
     * Asks the daemon to stop, then waits for its process to end; one that does not in time (busy with a build
     * whose client is gone, or hung) is ended.
     */
    private static boolean stop(DaemonState state) {
        boolean asked;
        try {
            asked = Wire.OK.equals(exchange(state, STOP_MILLIS, out -> Wire.text(out, Wire.STOP), Wire::text));
        } catch (IOException e) {
            asked = false;
        }
        daemon(state).filter(p -> p.info().commandLine().isPresent()).ifPresent(p -> { // surely a daemon
            if (!ended(p)) {
                p.destroy();
                if (!ended(p)) {
                    p.destroyForcibly();
                }
            }
        });
        return asked;
    }

    private static boolean ended(ProcessHandle p) {
        try {
            p.onExit().get(STOP_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }

    /**
     * The process a state file names, if it still runs and is a build daemon (as far as the system tells): a killed
     * daemon's file names a port anyone may take, and a process id another process may get.
     */
    private static java.util.Optional<ProcessHandle> daemon(DaemonState state) {
        return ProcessHandle.of(state.pid()).filter(ProcessHandle::isAlive).filter(p -> p.info().commandLine()
                .map(c -> c.contains(MARK)).orElse(true));
    }

    private static Build.Summary inDaemon(Path dir, BuildConfig config, Launch launch, Consumer<String> log)
            throws IOException {
        Path stateFile = dir.resolve(DaemonState.FILE);
        String code = launch.code();
        DaemonState state = DaemonState.read(stateFile);
        if (state != null && daemon(state).isEmpty()) {
            log.accept("the build daemon is gone; starting another.");
            state = null;
        } else if (state != null && !state.code().equals(code)) {
            log.accept("the build daemon runs other code; stopping it and starting another.");
            stop(state);
            state = null;
        } else if (state == null) {
            log.accept("starting a build daemon for this archive (it stops after " + launch.idle().toMinutes()
                    + " idle minutes; -Dannals.daemon=false builds without it).");
        }
        if (state != null) {
            try {
                return build(state, config);
            } catch (ConnectException e) {
                log.accept("the build daemon does not answer; starting another.");
                stop(state);
            }
        }
        return build(start(dir, stateFile, code, launch), config);
    }

    private static Build.Summary build(DaemonState state, BuildConfig config) throws IOException {
        return exchange(state, ANSWER_MILLIS, out -> {
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

    /**
     * Sends {@code request} and reads the answer, waiting at most {@code millis} for each sign of life (a daemon
     * that builds sends one every {@link Wire#BEAT_MILLIS}).
     */
    private static <T> T exchange(DaemonState state, int millis, Send request, Receive<T> answer) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), state.port()), STOP_MILLIS);
            s.setSoTimeout(millis);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            out.write(Wire.header(state.token()));
            request.to(out);
            out.flush();
            BufferedInputStream in = new BufferedInputStream(s.getInputStream());
            int first = in.read();
            while (first == Wire.BEAT) {
                first = in.read();
            }
            if (first != Wire.READY) {
                throw new IOException(first < 0 ? "it closed the connection without answering"
                        : "it answered in a form this plugin does not read");
            }
            return answer.from(new DataInputStream(in));
        }
    }

    /** Starts a daemon and waits until it listens. */
    private static DaemonState start(Path dir, Path stateFile, String code, Launch launch) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) { // a session of its own: the Ctrl-C that stops a build does not stop it
            command.add(SETSID.toString());
        }
        command.addAll(List.of(launch.java().toString(), MARK));
        command.addAll(launch.options());
        command.addAll(List.of("-cp", String.join(File.pathSeparator, launch.classpath().stream().map(Path::toString)
                .toList()), BuildDaemon.class.getName(), stateFile.toString(), code,
                Long.toString(launch.idle().toSeconds())));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(DaemonState.LOG).toFile())).start();
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
                p.destroy();
                throw new IOException("interrupted while it started", e);
            }
        }
        p.destroy();
        throw new IOException("it did not start listening within " + START.toSeconds() + " s");
    }
}
