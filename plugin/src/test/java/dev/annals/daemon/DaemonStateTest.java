package dev.annals.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonStateTest {
    private static final DaemonState MINE = new DaemonState(4711, "t".repeat(64), "code", 42);

    @TempDir
    Path dir;

    private Path written() throws IOException {
        Path file = dir.resolve("annals-daemon.properties");
        MINE.write(file);
        return file;
    }

    @Test
    void aStoppingDaemonDeletesItsOwnFileWhenNoBuildHoldsTheLock() throws IOException {
        Path file = written();
        Files.createFile(dir.resolve(DaemonState.LOCK));
        DaemonState.delete(file, new DaemonState(4711, "t".repeat(64), "code", 43));
        assertTrue(Files.exists(file), "another daemon's file stays");
        DaemonState.delete(file, MINE);
        assertFalse(Files.exists(file));
    }

    @Test
    void whileABuildHoldsTheLockTheFileStaysForTheDaemonItMayBeStarting() throws Exception {
        Path file = written();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockHolder.class.getName(), dir.resolve(DaemonState.LOCK)
                .toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            assertEquals("locked", out.readLine());
            DaemonState.delete(file, MINE);
            assertTrue(Files.exists(file));
        } finally {
            holder.getOutputStream().close(); // it lets go
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        DaemonState.delete(file, MINE);
        assertFalse(Files.exists(file));
    }

    /** Holds the lock named by its argument, as a build in another JVM does, until its input ends. */
    public static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    continue;
                }
            }
        }
    }

    @Test
    void theLockFileIsNotMadeWhereThereIsNone() throws IOException {
        Path file = written();
        DaemonState.delete(file, MINE); // a `mvn clean` may be deleting the folder: nothing new may appear in it
        assertFalse(Files.exists(dir.resolve(DaemonState.LOCK)));
    }
}
