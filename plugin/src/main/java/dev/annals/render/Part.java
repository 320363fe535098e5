package dev.annals.render;

import java.util.LinkedHashMap;
import java.util.function.Supplier;

/**
 * A map of a page model that many pages of a build show, such as an event's: {@link Fingerprint} reads its
 * digest, worked out once per build, instead of the map. Filled when made, never changed after.
 */
final class Part extends LinkedHashMap<String, Object> {
    private final transient Supplier<String> digest;

    Part(Supplier<String> digest) {
        this.digest = digest;
    }

    String digest() {
        return digest.get();
    }
}
