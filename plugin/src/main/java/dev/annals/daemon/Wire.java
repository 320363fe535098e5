package dev.annals.daemon;

import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.Problem;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the client and the daemon send each other: a request, a configuration, a build's summary. */
final class Wire {
    /** Changes whenever the messages do; a daemon speaking another version is replaced. */
    static final String VERSION = "annals-daemon-2";
    static final String BUILD = "build";
    static final String STOP = "stop";
    static final String OK = "ok";
    static final String FAILED = "failed";
    /** Sent every {@link #BEAT_MILLIS} while a build runs, so that the client can tell a hung daemon from a busy one. */
    static final int BEAT = 0;
    /** Sent before an answer. */
    static final int READY = 1;
    static final int BEAT_MILLIS = 2_000;

    private Wire() {
    }

    /** What a request starts with: the version and the daemon's token, a fixed number of bytes for a token. */
    static byte[] header(String token) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, VERSION);
            text(out, token);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code s}, which may be null, of any length (writeUTF stops at 64 KB). */
    static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > 1 << 26) {
            throw new IOException("not a message from an Annals build daemon or client");
        }
        return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static void config(DataOutputStream out, BuildConfig c) throws IOException {
        for (Path p : new Path[] {c.source(), c.output(), c.entities(), c.templates(), c.rules(), c.report(),
                c.projectRoot(), c.cache()}) {
            text(out, p == null ? null : p.toAbsolutePath().toString());
        }
        out.writeBoolean(c.failOnError());
        text(out, c.siteLanguage());
        text(out, c.baseUrl());
    }

    static BuildConfig config(DataInputStream in) throws IOException {
        Path[] p = new Path[8];
        for (int i = 0; i < p.length; i++) {
            String s = text(in);
            p[i] = s == null ? null : Path.of(s);
        }
        boolean failOnError = in.readBoolean();
        String language = text(in);
        String baseUrl = text(in);
        return new BuildConfig(p[0], p[1], p[2], p[3], p[4], failOnError, p[5], language, baseUrl, p[6], p[7]);
    }

    static void summary(DataOutputStream out, Build.Summary s) throws IOException {
        out.writeInt(s.articles());
        out.writeInt(s.entities());
        out.writeInt(s.events());
        problems(out, s.problems());
    }

    static Build.Summary summary(DataInputStream in) throws IOException {
        return new Build.Summary(in.readInt(), in.readInt(), in.readInt(), problems(in));
    }

    static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            out.writeBoolean(p.isError());
            text(out, p.file());
            out.writeInt(p.line());
            text(out, p.message());
        }
    }

    static List<Problem> problems(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean error = in.readBoolean();
            String file = text(in);
            int line = in.readInt();
            String message = text(in);
            out.add(error ? Problem.error(file, line, message) : Problem.warning(file, line, message));
        }
        return out;
    }
}
