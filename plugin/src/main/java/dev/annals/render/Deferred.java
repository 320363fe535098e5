package dev.annals.render;

import java.util.function.Supplier;

/**
 * A value of a page model worked out only when the page is rendered; {@link Fingerprint} reads its {@code key}
 * instead, which must determine the value (cheaply: the inputs rather than the output). Both are worked out
 * only when asked for. Only the model's top level may hold one.
 */
record Deferred(Supplier<?> key, Supplier<?> value) {
}
