package io.modellab.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Wall seconds and CPU seconds of the whole process (every thread: Spark's tasks, JIT, GC) of one step of the
 * Spark throughput runs, and the generated data's hash; per core means per CPU-second, so that a machine shared with
 * other work still gives a fair figure.
 *
 * @param wall wall-clock seconds
 * @param cpu CPU seconds of the process
 */
record Timing(double wall, double cpu) {

    /** Times {@code step}, run once. */
    static Timing of(Runnable step) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        step.run();
        return new Timing((System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
    }

    /** The timing and {@code rows} per CPU-second, as the runs print it. */
    String perCore(long rows) {
        return String.format(Locale.ROOT, "%.1f s wall, %.1f s CPU = %,.0f rows per CPU-second", wall, cpu, rows / cpu);
    }

    /** SplitMix64's finaliser: the generated rows are a function of their index alone, the same on both paths. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
