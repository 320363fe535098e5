package dev.annals.render;

import java.util.function.Supplier;

/**
 * A value of a page model worked out only when the page is rendered; {@link Fingerprint} reads its {@code key}
 * instead, which must determine the value (cheaply: the inputs rather than the output). Both are worked out
 * only when asked for. Only a page model's top level, or a data file as a whole, may be one.
 */
record Deferred(Supplier<?> key, Supplier<?> value) {
}
