package dev.annals.render;

import dev.annals.build.AnnalsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes files under one folder and refuses any path that would leave it. */
public final class SiteWriter {
    private final Path root;
    private final java.util.Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public SiteWriter(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The file for the site-relative {@code path} such as {@code articles/x.html}, claimed for one write:
     * claiming a path twice is an error, as one page would silently replace another.
     */
    private Path resolve(String path) {
        Path target = root.resolve(path).normalize();
        if (path.startsWith("/") || path.contains("\\") || !target.startsWith(root) || target.equals(root)) {
            throw new AnnalsException("refusing to write '" + path + "' outside the output folder " + root);
        }
        if (!written.add(target.toString().toLowerCase(java.util.Locale.ROOT))) {
            throw new AnnalsException("two pages claim '" + path + "' (paths that differ only by case clash on some "
                    + "file systems); rename one of the articles or entities, or set its 'slug'.");
        }
        return target;
    }

    public void write(String path, String content) {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Something that writes a file's content to a stream. */
    public interface Content {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** Writes the file at {@code path} by streaming {@code content} into it. */
    public void write(String path, Content content) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public void write(String path, byte[] content) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new AnnalsException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
