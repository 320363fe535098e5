package dev.annals.build;

import java.util.Locale;

/** Prints the time of each stage of a build to standard error, when enabled ({@code -Dannals.timings=true}). */
final class Stopwatch {
    private final boolean enabled;
    private long last = System.nanoTime();

    Stopwatch(boolean enabled) {
        this.enabled = enabled;
    }

    void lap(String stage) {
        if (enabled) {
            long now = System.nanoTime();
            Runtime r = Runtime.getRuntime();
            System.err.printf(Locale.ROOT, "annals: %-10s %7d ms  heap %5d MB%n", stage, (now - last) / 1_000_000,
                    (r.totalMemory() - r.freeMemory()) >> 20);
            last = now;
        }
    }
}
