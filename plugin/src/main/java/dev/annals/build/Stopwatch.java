package dev.annals.build;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prints the time of each stage of a build, the process's CPU time in it (all threads, the JIT's and the
 * collector's too) and the heap in use after it to standard error, when enabled ({@code -Dannals.timings=true}).
 */
final class Stopwatch {
    private final boolean enabled;
    private long last = System.nanoTime();
    private long lastCpu;

    Stopwatch(boolean enabled) {
        this.enabled = enabled;
        lastCpu = enabled ? cpu() : 0; // the management beans take a while to load
    }

    void lap(String stage) {
        if (enabled) {
            long now = System.nanoTime();
            long cpu = cpu();
            Runtime r = Runtime.getRuntime();
            System.err.printf(Locale.ROOT, "annals: %-10s %7d ms  cpu %7d ms  heap %5d MB%n", stage,
                    (now - last) / 1_000_000, (cpu - lastCpu) / 1_000_000, (r.totalMemory() - r.freeMemory()) >> 20);
            last = now;
            lastCpu = cpu;
        }
    }

    /** The process's CPU time in nanoseconds, or 0 where the JVM does not tell. */
    private static long cpu() {
        try {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        } catch (LinkageError e) { // a runtime without the jdk.management module
            return 0;
        }
    }
}
