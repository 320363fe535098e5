package dev.annals.daemon;

import dev.annals.build.AnnalsException;
import dev.annals.build.Build;
import dev.annals.build.BuildMemory;
import dev.annals.build.Problem;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

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
    /** How long a request may take to arrive: a connection that sends nothing must not hold the daemon. */
    private static final int REQUEST_MILLIS = 10_000;

    private BuildDaemon() {
    }

    public static void main(String[] args) throws IOException {
        Path state = Path.of(args[0]);
        long idleMillis = Long.parseLong(args[2]) * 1000;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        BuildMemory memory = new BuildMemory();
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            DaemonState mine = new DaemonState(server.getLocalPort(), token, args[1], ProcessHandle.current().pid());
            mine.write(state);
            System.out.println("annals daemon " + mine.pid() + " listening on port " + mine.port());
            server.setSoTimeout((int) Math.max(1, Math.min(CHECK_MILLIS, idleMillis)));
            long idleSince = System.nanoTime();
            while (mine.equals(DaemonState.read(state)) && (System.nanoTime() - idleSince) / 1_000_000 < idleMillis) {
                try (Socket s = server.accept()) {
                    Answer answer = serve(s, token, memory);
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
            DaemonState.delete(state, mine);
        }
        System.exit(0); // no library's thread may keep it up
    }

    private enum Answer { SERVED, REFUSED, STOPPED }

    /** Answers one connection. */
    private static Answer serve(Socket s, String token, BuildMemory memory) {
        try {
            s.setSoTimeout(REQUEST_MILLIS);
            DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
            if (!Wire.VERSION.equals(Wire.text(in)) || !token.equals(Wire.text(in))) {
                return Answer.REFUSED; // not our client: no answer
            }
            String command = Wire.text(in);
            if (Wire.STOP.equals(command)) {
                Wire.text(out, Wire.OK);
                out.flush();
                return Answer.STOPPED;
            }
            if (Wire.BUILD.equals(command)) {
                build(new Build(Wire.config(in), memory), out);
                out.flush();
                return Answer.SERVED;
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("annals daemon: a request failed: " + e);
        }
        return Answer.REFUSED;
    }

    private static void build(Build build, DataOutputStream out) throws IOException {
        Build.Summary summary;
        try {
            summary = build.run().summary();
        } catch (AnnalsException e) {
            Wire.text(out, Wire.FAILED);
            Wire.problems(out, List.of(e.problem()));
            return;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            e.printStackTrace(System.out);
            Wire.text(out, Wire.FAILED);
            Wire.problems(out, List.of(Problem.error(null, 0, "the build failed in the build daemon (" + e
                    + "); its log is beside its state file. Build without it: -Dannals.daemon=false.")));
            out.flush();
            if (e instanceof OutOfMemoryError) {
                System.exit(1); // its memory may be in any state: the next build starts a new daemon
            }
            return;
        }
        Wire.text(out, Wire.OK);
        Wire.summary(out, summary);
    }
}
