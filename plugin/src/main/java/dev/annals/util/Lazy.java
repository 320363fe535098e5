package dev.annals.util;

import java.util.function.Supplier;

/** Values made on first use. */
public final class Lazy {
    private Lazy() {
    }

    /**
     * {@code make}'s value, made on first use by whichever thread asks first (the others wait); never when no one
     * asks.
     */
    public static <T> Supplier<T> of(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            value = v = make.get();
                        }
                    }
                }
                return v;
            }
        };
    }
}
