package dev.annals.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.bench.ArchiveGenerator;
import dev.annals.build.AnnalsException;
import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.TestSites;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds through a {@link BuildDaemon} (a real child JVM) write what a build in the caller's process writes,
 * reuse the daemon, and go only to a daemon that runs the same code; a request without the daemon's token builds
 * nothing, and one that sends nothing holds no build up; a daemon stops when idle and a gone one is replaced.
 */
@Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hung daemon or client fails, not hangs
class BuildDaemonTest {
    @TempDir
    static Path dir;
    static Path content;
    private final List<Path> caches = new ArrayList<>();
    private final List<String> log = new ArrayList<>();

    @BeforeAll
    static void archive() throws IOException {
        new ArchiveGenerator(20, 7).annals(dir, 20);
        content = dir.resolve("content");
    }

    @AfterEach
    void stopDaemons() {
        for (Path cache : caches) {
            DaemonState s = state(cache);
            DaemonClient.stop(cache);
            if (s != null && alive(s.pid()) && s.pid() != ProcessHandle.current().pid()) { // did not stop when asked
                ProcessHandle.of(s.pid()).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private BuildConfig config(String name) {
        Path cache = dir.resolve(name + "/cache");
        caches.add(cache);
        return new BuildConfig(content, dir.resolve(name + "/site"), dir.resolve("entities.yml"), null, null, false,
                null, "en", null).withCache(cache);
    }

    private static DaemonClient.Launch launch(Duration idle, String... options) {
        List<String> all = new ArrayList<>(List.of("-Xmx512m"));
        all.addAll(List.of(options));
        return new DaemonClient.Launch(Path.of(System.getProperty("java.home"), "bin", "java"), all,
                Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList(),
                idle);
    }

    /** The session of process {@code pid}: the fourth field after the command in /proc/PID/stat. */
    private static String session(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3];
    }

    private static DaemonState state(Path cache) {
        return DaemonState.read(cache.resolve("annals-daemon.properties"));
    }

    /** Builds through the daemon, failing if the build ran in this JVM instead. */
    private Build.Summary viaDaemon(BuildConfig config, DaemonClient.Launch launch) {
        Build.Summary s = DaemonClient.build(config, launch, log::add);
        assertFalse(builtHere(), log.toString());
        return s;
    }

    /** Whether the log says a build ran in this JVM instead of the daemon. */
    private boolean builtHere() {
        return log.stream().anyMatch(l -> l.contains("in this JVM") || l.contains("building without"));
    }

    /** Builds {@code content} cleanly in this process into "clean/site". */
    private static Build.Summary clean() {
        return new Build(new BuildConfig(content, dir.resolve("clean/site"), dir.resolve("entities.yml"), null, null,
                false, null, "en", null)).run().summary();
    }

    @Test
    void theDaemonWritesTheSiteThisProcessWouldAndIsReused() throws IOException {
        BuildConfig config = config("reuse");
        DaemonClient.Launch launch = launch(Duration.ofMinutes(2));
        Build.Summary first = viaDaemon(config, launch);
        long pid = state(config.cache()).pid();
        assertNotEquals(ProcessHandle.current().pid(), pid);
        if (Files.isExecutable(DaemonClient.SETSID) && Files.exists(Path.of("/proc/self/stat"))) {
            assertNotEquals(session(ProcessHandle.current().pid()), session(pid),
                    "the daemon has a session of its own, so a Ctrl-C meant for mvn does not reach it");
        }
        assertEquals(clean(), first);
        assertEquals(TestSites.files(dir.resolve("clean/site")), TestSites.files(config.output()));

        Path edited;
        try (Stream<Path> files = Files.walk(content)) {
            edited = files.filter(Files::isRegularFile).sorted().toList().get(4);
        }
        String text = Files.readString(edited);
        String paragraph = text.lines().filter(l -> l.length() > 80).findFirst().orElseThrow();
        Files.writeString(edited, text.replace(paragraph, "On 3 March 2011, the talks resumed. " + paragraph));
        Build.Summary second = viaDaemon(config, launch);
        assertEquals(pid, state(config.cache()).pid(), "the same daemon built again");
        assertEquals(clean(), second);
        assertEquals(TestSites.files(dir.resolve("clean/site")), TestSites.files(config.output()));
    }

    @Test
    @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a held daemon answers after 600 s
    void aRequestWithoutTheTokenBuildsNothing() throws Exception {
        BuildConfig config = config("token");
        viaDaemon(config, launch(Duration.ofMinutes(2)));
        BuildConfig other = config("stranger");
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), state(config.cache()).port())) {
            DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(s.getOutputStream()));
            out.write(Wire.header("0".repeat(64)));
            Wire.text(out, Wire.BUILD);
            Wire.config(out, other);
            out.flush(); // one write: the daemon closes the connection once it has read the token
            int answer;
            try {
                answer = new DataInputStream(s.getInputStream()).read();
            } catch (java.net.SocketException reset) { // closed with the request unread
                answer = -1;
            }
            assertEquals(-1, answer, "no answer");
        }
        assertFalse(Files.exists(other.output()));
        // a stranger who sends a byte every second: the daemon closes on it after its time for a request's start
        Thread slow = new Thread(() -> {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), state(config.cache()).port())) {
                for (int i = 0; i < 600; i++) {
                    s.getOutputStream().write(0);
                    Thread.sleep(1000);
                }
            } catch (IOException | InterruptedException closed) {
                // closed by the daemon
            }
        });
        slow.setDaemon(true);
        slow.start();
        Thread.sleep(500);
        assertEquals(clean(), viaDaemon(config, launch(Duration.ofMinutes(2))), "a slow stranger holds no build up");
        slow.interrupt();
        assertTrue(Files.readString(config.cache().resolve("annals-daemon.properties"), StandardCharsets.ISO_8859_1)
                .contains("token="));
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(config.cache().resolve("annals-daemon.properties"))));
        }
    }

    @Test
    void aDaemonRunningOtherCodeIsStoppedAndReplaced() throws Exception {
        BuildConfig config = config("code");
        viaDaemon(config, launch(Duration.ofMinutes(2)));
        long first = state(config.cache()).pid();
        viaDaemon(config, launch(Duration.ofMinutes(2), "-Dannals.test.other=1"));
        long second = state(config.cache()).pid();
        assertNotEquals(first, second);
        assertTrue(stops(first), "the daemon running other code stopped");
        assertTrue(log.stream().anyMatch(l -> l.contains("other code")), log.toString());
        clean();
        assertEquals(TestSites.files(dir.resolve("clean/site")), TestSites.files(config.output()));
    }

    @Test
    void anIdleDaemonStopsAndAGoneOneIsReplaced() throws Exception {
        BuildConfig config = config("idle");
        DaemonClient.Launch launch = launch(Duration.ofSeconds(3));
        viaDaemon(config, launch);
        DaemonState first = state(config.cache());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (alive(first.pid()) && System.nanoTime() < deadline) { // a stranger knocks, without the token
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), first.port())) {
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                Wire.text(out, Wire.VERSION);
                Wire.text(out, "0".repeat(64));
            } catch (IOException closed) {
                // the daemon stopped listening
            }
            Thread.sleep(200);
        }
        assertFalse(alive(first.pid()), "an idle daemon stopped, strangers' connections notwithstanding");
        assertEquals(null, state(config.cache()), "and removed its state file");

        // a state file left by a daemon that is gone: a port nothing listens on
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        new DaemonState(closed, first.token(), launch.code(), first.pid()).write(config.cache()
                .resolve("annals-daemon.properties"));
        assertEquals(clean(), viaDaemon(config, launch));
        assertNotEquals(first.pid(), state(config.cache()).pid());
        assertTrue(log.stream().anyMatch(l -> l.contains("gone")), log.toString());
    }

    @Test
    void aDaemonThatGivesNoSignOfLifeIsLeftAndTheBuildRunsHere() throws Exception {
        BuildConfig config = config("hung");
        DaemonClient.Launch launch = launch(Duration.ofMinutes(2));
        // a port that accepts and never answers, and a process that runs under the daemon's name
        Process stand = new ProcessBuilder("sh", "-c", "sleep 120", DaemonClient.MARK).start();
        try {
            try (ServerSocket hung = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
                Files.createDirectories(config.cache());
                new DaemonState(hung.getLocalPort(), "1".repeat(64), launch.code(), stand.pid())
                        .write(config.cache().resolve("annals-daemon.properties"));
                long t0 = System.nanoTime();
                assertEquals(clean(), DaemonClient.build(config, launch, log::add));
                assertTrue(log.stream().anyMatch(l -> l.contains("building in this JVM")), log.toString());
                assertTrue((System.nanoTime() - t0) / 1_000_000 < DaemonClient.ANSWER_MILLIS + 30_000);
            }
            assertEquals(TestSites.files(dir.resolve("clean/site")), TestSites.files(config.output()));
        } finally {
            stand.descendants().forEach(ProcessHandle::destroyForcibly);
            stand.destroyForcibly();
        }
    }

    @Test
    void aStateFileNamingAProcessThatIsNoDaemonIsNotFollowed() throws IOException {
        BuildConfig config = config("reused");
        DaemonClient.Launch launch = launch(Duration.ofMinutes(2));
        Files.createDirectories(config.cache());
        // a killed daemon's file, its process id since given to this JVM
        new DaemonState(1, "1".repeat(64), launch.code(), ProcessHandle.current().pid())
                .write(config.cache().resolve("annals-daemon.properties"));
        assertEquals(clean(), viaDaemon(config, launch));
        assertNotEquals(ProcessHandle.current().pid(), state(config.cache()).pid());
        assertTrue(log.stream().anyMatch(l -> l.contains("gone")), log.toString());
    }

    @Test
    void aFailedBuildInTheDaemonFailsWithItsProblem() throws IOException {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "entities:\n  - id: [unclosed\n");
        BuildConfig config = config("broken");
        BuildConfig failing = new BuildConfig(content, config.output(), broken, null, null, false, null, "en", null)
                .withCache(config.cache());
        AnnalsException inProcess = assertThrows(AnnalsException.class, () -> new Build(failing).run());
        AnnalsException viaDaemon = assertThrows(AnnalsException.class, () -> viaDaemon(failing,
                launch(Duration.ofMinutes(2))));
        assertEquals(inProcess.getMessage(), viaDaemon.getMessage());
        assertFalse(builtHere(), "the daemon, not this JVM, failed: " + log);
        assertNotNull(state(config.cache()), "a daemon runs");
        assertNotNull(viaDaemon.problem().file());
    }

    /** Whether process {@code pid} ends within 20 s. */
    private static boolean stops(long pid) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (alive(pid)) {
                Thread.sleep(100);
            } else {
                return true;
            }
        }
        return false;
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
