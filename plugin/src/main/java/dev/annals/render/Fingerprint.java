package dev.annals.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * The SHA-256 of a page model (maps, lists, strings, numbers, booleans, records, {@link Deferred} values by their
 * keys, {@link Part}s by their digests): equal models give equal fingerprints,
 * so a page whose template and model are unchanged need not be rendered again. Maps and sets that keep their
 * order are read in it (a template may list them); others in key order, as their own order is not a content's.
 * Values that are the same for every page of a build ({@link Messages}) count by type only.
 */
final class Fingerprint {
    /**
     * Never updated, only copied: cloning is several times cheaper than looking the algorithm up for each of the
     * tens of thousands of fingerprints of a build.
     */
    private static final MessageDigest SHA_256 = sha256();

    private final MessageDigest digest;
    /**
     * Bytes gathered for the digest, which is slow to feed a few bytes at a time; small, as most fingerprints are
     * (a build makes one per event of the chronology).
     */
    private final byte[] buffer = new byte[512];
    /** A string's chars, a block at a time: reading them one by one is slow. At most half the buffer. */
    private final char[] chars = new char[128];
    private int used;

    private Fingerprint() {
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 cannot be copied", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The fingerprint of {@code parts} taken in order. */
    static String of(Object... parts) {
        Fingerprint f = new Fingerprint();
        for (Object part : parts) {
            f.add(part);
        }
        f.flush();
        return HexFormat.of().formatHex(f.digest.digest());
    }

    private void add(Object v) {
        if (v == null) {
            tag('N');
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Boolean || v instanceof Number || v instanceof Character || v instanceof Enum<?>) {
            tag('V');
            add(v.getClass().getName());
            add(v.toString());
        } else if (v instanceof Part p) {
            tag('P');
            add(p.digest());
        } else if (v instanceof Map<?, ?> m) {
            tag('M');
            number(m.size());
            Iterable<? extends Map.Entry<?, ?>> entries = m.entrySet();
            if (!(m instanceof LinkedHashMap<?, ?> || m instanceof SortedMap<?, ?>)) {
                List<Map.Entry<?, ?>> sorted = new ArrayList<>(m.entrySet());
                sorted.sort((a, b) -> String.valueOf(a.getKey()).compareTo(String.valueOf(b.getKey())));
                entries = sorted;
            }
            for (Map.Entry<?, ?> e : entries) {
                add(e.getKey());
                add(e.getValue());
            }
        } else if (v instanceof java.util.Set<?> s && !(s instanceof LinkedHashSet<?> || s instanceof SortedSet<?>)) {
            tag('E');
            add(s.stream().map(String::valueOf).sorted().toList());
        } else if (v instanceof Iterable<?> it) {
            tag('L');
            for (Object x : it) {
                add(x);
            }
            tag('l');
        } else if (v instanceof int[] a) {
            tag('A');
            number(a.length);
            for (int x : a) {
                number(x);
            }
        } else if (v instanceof Messages) {
            tag('T');
        } else if (v instanceof Deferred d) {
            tag('D');
            add(d.key().get());
        } else if (v instanceof dev.annals.annotate.Excerpt e) {
            add(e.text());
        } else if (v instanceof java.time.LocalDate d) {
            tag('V');
            add(d.toString());
        } else if (v instanceof Record r) {
            tag('R');
            add(r.getClass().getName());
            for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    add(c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c + " to fingerprint it", e);
                }
            }
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + v.getClass().getName() + " in a page model");
        }
    }

    /**
     * A string as few bytes as tell it apart, since hashing takes time by the byte: a digest in hex (most of what
     * page keys hold) as the 32 bytes it spells, a string of chars below 256 a byte each (copied out whole, which
     * is cheap), any other two bytes per char (lone surrogates too). The tag says which, so different strings
     * never feed the same bytes.
     */
    private void string(String s) {
        int n = s.length();
        if (n == 64 && hex(s)) {
            tag('H');
            room(32);
            for (int i = 0; i < 64; i += 2) {
                buffer[used++] = (byte) (Character.digit(s.charAt(i), 16) << 4 | Character.digit(s.charAt(i + 1), 16));
            }
            return;
        }
        byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
        boolean wide = !new String(latin1, StandardCharsets.ISO_8859_1).equals(s); // a char became '?'
        tag(wide ? 'W' : 'S');
        number(n);
        if (!wide) {
            bytes(latin1);
            return;
        }
        for (int from = 0; from < n; from += chars.length) {
            int end = Math.min(n, from + chars.length);
            s.getChars(from, end, chars, 0);
            room(2 * (end - from));
            for (int i = 0; i < end - from; i++) {
                buffer[used++] = (byte) (chars[i] >>> 8);
                buffer[used++] = (byte) chars[i];
            }
        }
    }

    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private void bytes(byte[] b) {
        if (b.length > buffer.length - used) {
            flush();
            digest.update(b);
        } else {
            System.arraycopy(b, 0, buffer, used, b.length);
            used += b.length;
        }
    }

    private void tag(char c) {
        room(1);
        buffer[used++] = (byte) c;
    }

    private void number(int n) {
        room(4);
        buffer[used++] = (byte) (n >>> 24);
        buffer[used++] = (byte) (n >>> 16);
        buffer[used++] = (byte) (n >>> 8);
        buffer[used++] = (byte) n;
    }

    private void room(int n) {
        if (used + n > buffer.length) {
            flush();
        }
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
