package dev.annals.build;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What a process that builds again and again (the preview server) keeps in memory between builds with the
 * cache: values made from content, each under a key that names that content (a hash, or an article file whose
 * entry is checked against the file before use), so that a build meeting the same key takes the value instead
 * of making or reading it again, and its output is the same as without. Only the values the last build used
 * are kept, and none once the cache's key (code, gazetteer, rules, templates) changes. Values are held softly:
 * when the heap runs short, the collector drops them and builds make or read them again.
 *
 * <p>Values of a kind made {@link Kind#onDisk} are also kept in the build cache's folder, one file per key, so
 * that a build in a new process (a {@code mvn site} after an edit) reads them instead of making them; a build
 * deletes the files of the keys it did not use.
 */
public final class BuildMemory {
    /** Keeps nothing: a build alone makes its values once each anyway. */
    public static final BuildMemory NONE = new BuildMemory(false);

    /** What kind of value a key names: a value of one kind is never taken for another's (compared by identity). */
    public static final class Kind<T> {
        private final String folder;
        private final Codec<T> codec;

        public Kind() {
            this(null, null);
        }

        private Kind(String folder, Codec<T> codec) {
            this.folder = folder;
            this.codec = codec;
        }

        /** A kind also kept on disk, in {@code folder} of the cache ({@code a-z} only), as {@code codec} writes it. */
        public static <T> Kind<T> onDisk(String folder, Codec<T> codec) {
            if (!folder.matches("[a-z]+")) {
                throw new IllegalArgumentException(folder);
            }
            return new Kind<>(folder, codec);
        }
    }

    /** How a value kept on disk is written and read back. */
    public interface Codec<T> {
        byte[] write(T value);

        /** The value {@link #write} wrote; throws on bytes it did not write. */
        T read(byte[] bytes);
    }

    private final boolean keeps;
    private String scope;
    /** The folder of the values kept on disk in this build, or null; and the keys it used, by kind's folder. */
    private volatile Path disk;
    private final Map<String, Set<String>> onDisk = new ConcurrentHashMap<>();
    private volatile Map<Key, SoftReference<Object>> used = new ConcurrentHashMap<>();
    private volatile Map<Key, SoftReference<Object>> earlier = Map.of();

    public BuildMemory() {
        this(true);
    }

    private BuildMemory(boolean keeps) {
        this.keeps = keeps;
    }

    private record Key(Kind<?> kind, String key) {
    }

    /** Whether values are kept at all (not in {@link #NONE}). */
    public boolean keeps() {
        return keeps;
    }

    /** A memory for one build: it keeps nothing in memory, only the kinds kept on disk with the cache. */
    static BuildMemory forOneBuild() {
        return new BuildMemory(false);
    }

    /** Starts a build with the cache keyed {@code scope}, whose values on disk are in {@code disk}. */
    synchronized void begin(String scope, Path disk) {
        if (this == NONE) {
            return;
        }
        if (keeps && !scope.equals(this.scope)) {
            clear();
            this.scope = scope;
        }
        this.disk = disk;
        onDisk.clear();
    }

    /** Forgets everything, as when the cache on disk is emptied: what is kept should be what the cache holds. */
    synchronized void clear() {
        if (keeps) {
            used = new ConcurrentHashMap<>();
            earlier = Map.of();
            scope = null;
        }
    }

    /** Ends a build: what it did not use is forgotten. */
    synchronized void end() {
        Path folder = disk;
        disk = null;
        if (folder != null) {
            forgetOnDisk(folder);
        }
        if (!keeps) {
            return;
        }
        earlier = used;
        used = new ConcurrentHashMap<>(earlier.size() * 4 / 3 + 16); // sized to hold them again without growing
    }

    /** The value of {@code kind} under {@code key}, made by {@code make} (outside any lock) when not kept. */
    public <T> T get(Kind<T> kind, String key, Supplier<T> make) {
        T v = find(kind, key);
        if (v == null) {
            v = make.get();
            put(kind, key, v);
        }
        return v;
    }

    /** The value of {@code kind} under {@code key} if kept, else null. */
    <T> T find(Kind<T> kind, String key) {
        T v = inMemory(kind, key);
        Path file = file(kind, key);
        if (v == null && file != null) {
            try {
                v = kind.codec.read(Files.readAllBytes(file));
            } catch (IOException | RuntimeException e) {
                v = null; // none, or damaged: made again
            }
            if (v != null && keeps) {
                used.put(new Key(kind, key), new SoftReference<>(v));
            }
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private <T> T inMemory(Kind<T> kind, String key) {
        if (!keeps) {
            return null;
        }
        Key k = new Key(kind, key);
        SoftReference<Object> r = used.get(k);
        Object v = r == null ? null : r.get();
        if (v == null && (r = earlier.get(k)) != null && (v = r.get()) != null) {
            used.putIfAbsent(k, r);
        }
        return (T) v;
    }

    /** Keeps {@code value} under {@code key}, replacing what was kept. */
    <T> void put(Kind<T> kind, String key, T value) {
        if (keeps) {
            used.put(new Key(kind, key), new SoftReference<>(value));
        }
        Path file = file(kind, key);
        if (file != null) {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try {
                Files.createDirectories(file.getParent());
                Files.write(tmp, kind.codec.write(value));
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new AnnalsException("cannot write the build cache's file " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The file of {@code key} when this build keeps {@code kind} on disk (else null), marked as used: a key that
     * is not a SHA-256 in hex is hashed.
     */
    private Path file(Kind<?> kind, String key) {
        Path folder = disk;
        if (folder == null || kind.folder == null) {
            return null;
        }
        String name = isHash(key) ? key : BuildCache.hash(key);
        onDisk.computeIfAbsent(kind.folder, k -> ConcurrentHashMap.newKeySet()).add(name);
        return folder.resolve(kind.folder).resolve(name);
    }

    private static boolean isHash(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return key.length() == 64;
    }

    /** Deletes the files of {@code folder} that this build did not use. */
    private void forgetOnDisk(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> kinds = Files.list(folder)) {
            for (Path kind : kinds.toList()) {
                Set<String> keep = onDisk.getOrDefault(kind.getFileName().toString(), Set.of());
                try (Stream<Path> files = Files.list(kind)) {
                    for (Path f : files.filter(f -> !keep.contains(f.getFileName().toString())).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot clean the build cache's folder " + folder + ": " + e.getMessage(), e);
        }
        onDisk.clear();
    }
}
