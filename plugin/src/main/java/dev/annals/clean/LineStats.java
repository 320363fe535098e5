package dev.annals.clean;

import dev.annals.source.Source;
import dev.annals.util.Text;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many articles of an archive contain each line (by hash of its normalised text), from a first pass over
 * the sources. A line found in many articles is site furniture, not article text.
 */
public record LineStats(Map<Long, Integer> counts, int documents, Set<Long> reads) {
    public static final LineStats EMPTY = new LineStats(Map.of(), 0);

    /**
     * @param reads where to add the key of every line asked about, or null; a recording view is for one thread
     */
    public LineStats {
        counts = Map.copyOf(counts);
    }

    public LineStats(Map<Long, Integer> counts, int documents) {
        this(counts, documents, null);
    }

    /** These counts, adding to {@code into} the key of every line asked about. */
    public LineStats recording(Set<Long> into) {
        return new LineStats(counts, documents, into);
    }

    /** Counts the distinct lines of every source's body. */
    public static LineStats of(Collection<Source> sources) {
        return ofKeys(sources.stream().map(s -> keys(s.body())).toList());
    }

    /** Counts lines from each source's {@link #keys}. */
    public static LineStats ofKeys(Collection<long[]> sources) {
        Map<Long, Integer> counts = new HashMap<>();
        for (long[] keys : sources) {
            for (long key : keys) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        counts.values().removeIf(c -> c < 2);
        return new LineStats(counts, sources.size());
    }

    /** The keys of the distinct lines of {@code body} that have letters or digits, in order. */
    public static long[] keys(String body) {
        Set<Long> seen = new LinkedHashSet<>();
        for (String line : body.split("\n")) {
            long key = key(line);
            if (key != 0) {
                seen.add(key);
            }
        }
        return seen.stream().mapToLong(Long::longValue).toArray();
    }

    /** The number of articles containing {@code line}. */
    public int count(String line) {
        long key = key(line);
        if (reads != null && key != 0) {
            reads.add(key);
        }
        return key == 0 ? 0 : counts.getOrDefault(key, 0);
    }

    /** Whether {@code line} recurs in enough articles to be furniture: at least 3, and 1 in 20 of a large archive. */
    public boolean repeated(String line) {
        return repeated(count(line));
    }

    /** Whether the line with key {@code key} is repeated, as {@link #repeated(String)}. */
    public boolean repeated(long key) {
        return repeated(counts.getOrDefault(key, 0));
    }

    private boolean repeated(int count) {
        return count >= 3 && count * 20 >= documents;
    }

    /** FNV-1a hash of the lower-cased letters and digits of {@code line} (first 2000 chars); 0 when it has none. */
    static long key(String line) {
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        int n = Math.min(line.length(), 2000);
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (Text.isLetterOrDigit(c)) {
                h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32 : c < 0x80 ? c : Character.toLowerCase(c))) * 0x100000001b3L;
                any = true;
            }
        }
        return any ? (h == 0 ? 1 : h) : 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LineStats[%d lines, %d documents]", counts.size(), documents);
    }
}
