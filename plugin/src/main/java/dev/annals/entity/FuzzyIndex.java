package dev.annals.entity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the known words within a small edit distance of a word, à la SymSpell: every word and each of its
 * one-letter deletions is stored under its hash in an open-addressing table of longs, and a query looks up
 * its own one-letter deletions. A lookup costs O(length) probes whatever the number of words; candidates
 * are then checked with the real distance. Finds every word within one edit (and transposition) and the
 * two-edit words that share a one-letter deletion with the query.
 */
final class FuzzyIndex {
    static final int MIN_LENGTH = 7;

    private final String[] words;
    private final long[] table;
    private final int mask;

    FuzzyIndex(Collection<String> keys) {
        this.words = keys.stream().filter(w -> w.length() >= MIN_LENGTH).distinct().toArray(String[]::new);
        long entries = 0;
        for (String w : words) {
            entries += w.length() + 1;
        }
        int size = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 29, entries * 2))) << 1;
        this.table = new long[size];
        this.mask = size - 1;
        for (int id = 0; id < words.length; id++) {
            for (int hash : deletionHashes(words[id])) {
                put(hash, id);
            }
        }
    }

    private void put(int hash, int id) {
        int i = mix(hash) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = ((long) hash << 32) | (id + 1L);
    }

    /** Known words within {@code maxDistance} of {@code key}, excluding {@code key} itself. */
    List<String> near(String key, int maxDistance) {
        if (key.length() < MIN_LENGTH - 1 || words.length == 0) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (int hash : deletionHashes(key)) {
            for (int i = mix(hash) & mask; table[i] != 0; i = (i + 1) & mask) {
                if ((int) (table[i] >>> 32) == hash) {
                    String w = words[(int) (table[i] & 0xffffffffL) - 1];
                    if (!w.equals(key) && Names.distance(key, w) <= maxDistance) {
                        found.add(w);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The {@link String#hashCode} of {@code w} and of each of its one-letter deletions (one per run of a repeated
     * letter), in order, worked out without making the strings: the hash of {@code a + b} is
     * {@code hash(a) * 31^b.length() + hash(b)} in {@code int} arithmetic.
     */
    static int[] deletionHashes(String w) {
        int n = w.length();
        int[] pow = new int[n + 1];
        int[] suffix = new int[n + 1]; // suffix[i]: the hash of w.substring(i)
        pow[0] = 1;
        for (int k = 0; k < n; k++) {
            pow[k + 1] = pow[k] * 31;
        }
        for (int i = n - 1; i >= 0; i--) {
            suffix[i] = w.charAt(i) * pow[n - 1 - i] + suffix[i + 1];
        }
        int[] out = new int[n + 1];
        out[0] = suffix[0];
        int count = 1;
        int prefix = 0; // the hash of w.substring(0, i)
        for (int i = 0; i < n; i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                out[count++] = prefix * pow[n - 1 - i] + suffix[i + 1];
            }
            prefix = 31 * prefix + w.charAt(i);
        }
        return java.util.Arrays.copyOf(out, count);
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
