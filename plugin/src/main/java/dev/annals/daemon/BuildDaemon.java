package dev.annals.daemon;

import dev.annals.build.AnnalsException;
import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.BuildMemory;
import dev.annals.build.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A process that stays up between builds of one archive, as Gradle's daemon does, so that a {@code mvn site} after
 * an edit finds the JIT warm and the last build's work in memory ({@link BuildMemory}) instead of paying a cold
 * JVM's seconds. It listens on the loopback address for requests from {@link DaemonClient}, which started it, and
 * answers only those that bring the token it wrote into its state file (readable by its user alone); it runs one
 * build at a time and stops when idle for its time, when asked, or when its state file no longer names it.
 *
 * <p>Arguments: {@code STATE CODE IDLE_SECONDS}: the state file to write, the client's key of the code it runs,
 * and the idle time. It writes what it does to its standard output, which the client sends to a log file.
 */
public final class BuildDaemon {
    /** How often an idle daemon looks whether its state file still names it. */
    private static final int CHECK_MILLIS = 5_000;
    /** How long a request may take to arrive: a connection that sends nothing, or little, must not hold the daemon. */
    private static final int REQUEST_MILLIS = 10_000;

    private BuildDaemon() {
    }

    public static void main(String[] args) {
        Path state = Path.of(args[0]);
        long idleMillis = Long.parseLong(args[2]) * 1000;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        BuildMemory memory = new BuildMemory();
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            DaemonState mine = new DaemonState(server.getLocalPort(), token, args[1], ProcessHandle.current().pid());
            // however it ends but killed outright, it leaves no state file naming a port it no longer holds
            Runtime.getRuntime().addShutdownHook(new Thread(() -> DaemonState.delete(state, mine)));
            mine.write(state);
            System.out.println("annals daemon " + mine.pid() + " listening on port " + mine.port());
            server.setSoTimeout((int) Math.max(1, Math.min(CHECK_MILLIS, idleMillis)));
            byte[] header = Wire.header(token);
            long idleSince = System.nanoTime();
            while (mine.equals(DaemonState.read(state)) && (System.nanoTime() - idleSince) / 1_000_000 < idleMillis) {
                try (Socket s = server.accept()) {
                    Answer answer = serve(s, header, memory);
                    if (answer == Answer.STOPPED) {
                        break;
                    } else if (answer == Answer.SERVED) { // a stranger's connection keeps no daemon up
                        idleSince = System.nanoTime();
                    }
                } catch (SocketTimeoutException e) {
                    // time to look at the state file and the idle time again
                }
            }
            System.out.println("annals daemon " + mine.pid() + " stopping");
        } catch (IOException | RuntimeException | Error e) {
            e.printStackTrace(System.out);
        } finally {
            System.exit(0); // runs the hook; no library's thread may keep the daemon up
        }
    }

    private enum Answer { SERVED, REFUSED, STOPPED }

    /** Answers one connection, if it starts with {@code header}: the version and the token. */
    private static Answer serve(Socket s, byte[] header, BuildMemory memory) {
        try {
            if (!MessageDigest.isEqual(header, start(s, header.length))) {
                return Answer.REFUSED; // not our client: no answer
            }
            s.setSoTimeout(REQUEST_MILLIS);
            DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            String command = Wire.text(in);
            if (Wire.STOP.equals(command)) {
                out.write(Wire.READY);
                Wire.text(out, Wire.OK);
                out.flush();
                return Answer.STOPPED;
            }
            if (Wire.BUILD.equals(command)) {
                build(Wire.config(in), memory, out);
                return Answer.SERVED;
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("annals daemon: a request failed: " + e);
        }
        return Answer.REFUSED;
    }

    /**
     * The first {@code n} bytes of a connection, which must all arrive within {@link #REQUEST_MILLIS}: a stranger
     * sending a byte now and then must not hold the daemon.
     */
    private static byte[] start(Socket s, int n) throws IOException {
        byte[] b = new byte[n];
        InputStream in = s.getInputStream();
        long deadline = System.nanoTime() + REQUEST_MILLIS * 1_000_000L;
        for (int got = 0; got < n; ) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new SocketTimeoutException("a request's start took over " + REQUEST_MILLIS + " ms");
            }
            s.setSoTimeout((int) left);
            int read = in.read(b, got, n - got);
            if (read < 0) {
                throw new EOFException("a connection closed before its request's start");
            }
            got += read;
        }
        return b;
    }

    /** Builds, sending {@link Wire#BEAT}s while it does, then the answer. */
    private static void build(BuildConfig config, BuildMemory memory, DataOutputStream out) throws IOException {
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "annals-daemon-beat");
            t.setDaemon(true);
            return t;
        });
        beats.scheduleAtFixedRate(() -> {
            synchronized (out) {
                try {
                    out.write(Wire.BEAT);
                    out.flush();
                } catch (IOException gone) {
                    // the client went away; the build goes on, as it would have in its JVM
                }
            }
        }, Wire.BEAT_MILLIS, Wire.BEAT_MILLIS, TimeUnit.MILLISECONDS);
        Build.Summary summary = null;
        Problem failure = null;
        boolean outOfMemory = false;
        try {
            summary = new Build(config, memory).run().summary();
        } catch (AnnalsException e) {
            failure = e.problem();
        } catch (RuntimeException | Error e) {
            e.printStackTrace(System.out);
            failure = Problem.error(null, 0, "the build failed in the build daemon (" + e
                    + "); its log is beside its state file. Build without it: -Dannals.daemon=false.");
            outOfMemory = e instanceof OutOfMemoryError;
        } finally {
            beats.shutdownNow();
        }
        synchronized (out) {
            out.write(Wire.READY);
            if (summary != null) {
                Wire.text(out, Wire.OK);
                Wire.summary(out, summary);
            } else {
                Wire.text(out, Wire.FAILED);
                Wire.problems(out, List.of(failure));
            }
            out.flush();
        }
        if (outOfMemory) {
            System.exit(1); // its memory may be in any state: the next build starts a new daemon
        }
    }
}
