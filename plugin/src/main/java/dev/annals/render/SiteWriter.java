package dev.annals.render;

import dev.annals.build.AnnalsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files under one folder and refuses any path that would leave it. A file written with a fingerprint
 * of everything it is made from is not written when the previous site's file has the same fingerprint and is
 * still as that build left it (same size, time and inode): it is {@link #kept}, for the caller to move the
 * files written into the previous site's folder instead of the other way round.
 */
public final class SiteWriter {
    private final Path root;
    private final java.util.Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Path previous;
    private final Map<String, Page> before;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    /** Every site-relative path claimed, and those left as the previous site has them. */
    private final java.util.Set<String> paths = ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> kept = ConcurrentHashMap.newKeySet();
    /** The folders made so far: making each once saves a failing mkdir and two exceptions per file. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** Whether {@link #pages} is kept for a later build; if not, fingerprints are never computed. */
    private final boolean recording;

    /**
     * A file of a site as written: its fingerprint, size, modification time (in milliseconds) and file key (the
     * inode on Unix, so that a file written anew by another build is never taken for it; empty when unknown).
     */
    public record Page(String fingerprint, long size, long modified, String file) {
        static Page of(String fingerprint, BasicFileAttributes a) {
            return new Page(fingerprint, a.size(), a.lastModifiedTime().toMillis(),
                    a.fileKey() == null ? "" : a.fileKey().toString().replaceAll("[\t\n]", " "));
        }
    }

    public SiteWriter(Path root) {
        this(root, null, Map.of(), false);
    }

    /**
     * A writer that reuses the files of the site in {@code previous} whose pages {@code before} lists, and
     * records the {@link #pages} it writes when {@code recording}.
     */
    public SiteWriter(Path root, Path previous, Map<String, Page> before, boolean recording) {
        this.root = root.toAbsolutePath().normalize();
        this.previous = previous;
        this.before = before;
        this.recording = recording;
    }

    /** Every site-relative path written or kept. */
    public java.util.Set<String> paths() {
        return java.util.Set.copyOf(paths);
    }

    /** The paths whose previous file is the one to keep, so that they were not written. */
    public java.util.Set<String> kept() {
        return java.util.Set.copyOf(kept);
    }

    /** The files written or kept with a fingerprint, by path (none unless recording). */
    public Map<String, Page> pages() {
        return new TreeMap<>(pages);
    }

    /** Writes {@code path} from {@code content}, or takes the previous site's file when its fingerprint matches. */
    public void write(String path, java.util.function.Supplier<String> fingerprinter, Content content) {
        Path target = resolve(path);
        if (!recording) {
            write(target, content);
            return;
        }
        String fingerprint = fingerprinter.get();
        Page old = before.get(path);
        if (old != null && old.fingerprint().equals(fingerprint) && previous != null) {
            try {
                BasicFileAttributes a = Files.readAttributes(previous.resolve(path), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && Page.of(fingerprint, a).equals(old)) {
                    pages.put(path, old);
                    kept.add(path);
                    return;
                }
            } catch (IOException e) {
                // gone or unreadable: written anew below
            }
        }
        write(target, content);
        try {
            BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
            pages.put(path, Page.of(fingerprint, a));
        } catch (IOException e) {
            throw new AnnalsException("cannot read back " + target + ": " + e.getMessage(), e);
        }
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
        paths.add(root.relativize(target).toString().replace('\\', '/'));
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
        write(resolve(path), content);
    }

    private void write(Path target, Content content) {
        try {
            folder(target.getParent());
            // the default 8 KB: the writers before it buffer as much, and a larger buffer for each of thousands of
            // pages was a tenth of all the build allocated
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(target))) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    public void write(String path, byte[] content) {
        Path target = resolve(path);
        try {
            folder(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new AnnalsException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Makes {@code dir} and its parents unless made before; other threads writing into it wait until it is. */
    private void folder(Path dir) throws IOException {
        try {
            folders.computeIfAbsent(dir, d -> {
                try {
                    Files.createDirectories(d);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
