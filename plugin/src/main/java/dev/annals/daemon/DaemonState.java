package dev.annals.daemon;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Where a running daemon listens, the token it answers to, the key of the code it runs and its process: the
 * state file it writes for its clients, readable by its user alone.
 */
record DaemonState(int port, String token, String code, long pid) {
    /** The state file's name in the archive's cache folder, and its log's and lock's beside it. */
    static final String FILE = "annals-daemon.properties";
    static final String LOG = "annals-daemon.log";
    /** The lock that builds of one archive take turns by. */
    static final String LOCK = "annals-daemon.lock";

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("port", Integer.toString(port));
        p.setProperty("token", token);
        p.setProperty("code", code);
        p.setProperty("pid", Long.toString(pid));
        StringWriter text = new StringWriter();
        p.store(text, null);
        Path tmp = file.resolveSibling(file.getFileName() + "." + pid + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(tmp); // not a POSIX file system: the folder's own permissions guard it
        }
        Files.writeString(tmp, text.toString(), StandardCharsets.ISO_8859_1);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The state in {@code file}, or null when there is none or it cannot be read. */
    static DaemonState read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(r);
            return new DaemonState(Integer.parseInt(p.getProperty("port")), p.getProperty("token"),
                    p.getProperty("code"), Long.parseLong(p.getProperty("pid")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Deletes {@code file} if it still holds {@code state}, taking the builds' lock ({@link #LOCK}) to do so: a
     * client that holds it may be starting the next daemon, whose file must stay. The file is then left, naming a
     * process that is gone, which the next client finds out. The lock file is not made here: without it no client
     * runs, and a {@code mvn clean} may be deleting the folder.
     */
    static void delete(Path file, DaemonState state) {
        try (FileChannel channel = FileChannel.open(file.resolveSibling(LOCK), StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock != null && state.equals(read(file))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // left for the next client, as above
        }
    }
}
