package dev.annals.build;

import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a process that builds again and again (the preview server) keeps in memory between builds with the
 * cache: values made from content, each under a key that names that content (a hash, or an article file whose
 * entry is checked against the file before use), so that a build meeting the same key takes the value instead
 * of making or reading it again, and its output is the same as without. Only the values the last build used
 * are kept, and none once the cache's key (code, gazetteer, rules, templates) changes. Values are held softly:
 * when the heap runs short, the collector drops them and builds make or read them again.
 */
public final class BuildMemory {
    /** Keeps nothing: a build alone makes its values once each anyway. */
    public static final BuildMemory NONE = new BuildMemory(false);

    /** What kind of value a key names: a value of one kind is never taken for another's (compared by identity). */
    public static final class Kind<T> {
    }

    private final boolean keeps;
    private String scope;
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

    /** Starts a build with the cache keyed {@code scope}. */
    synchronized void begin(String scope) {
        if (keeps && !scope.equals(this.scope)) {
            clear();
            this.scope = scope;
        }
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
    @SuppressWarnings("unchecked")
    <T> T find(Kind<T> kind, String key) {
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
    }
}
