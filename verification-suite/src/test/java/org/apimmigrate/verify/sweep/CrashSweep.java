package org.apimmigrate.verify.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * How many crash points the crash tests try. The default build stops at a seeded sample of the statement boundaries
 * (a different sample each build, so that builds over time cover them all; the seed is in every failure message and
 * {@code -Dapim.crash.seed=...} repeats it); {@code -Dapim.crash.sweep=full} (Maven profile {@code full-crash-sweep})
 * stops at every boundary.
 */
public final class CrashSweep {

    private static final long DEFAULT_SEED = System.nanoTime();

    private CrashSweep() {
    }

    public static boolean full() {
        return "full".equalsIgnoreCase(System.getProperty("apim.crash.sweep", "sample"));
    }

    public static long seed() {
        return Long.getLong("apim.crash.seed", DEFAULT_SEED);
    }

    /** Every boundary in a full sweep, else one in {@code sampleStride}. */
    public static int stride(int sampleStride) {
        return full() ? 1 : sampleStride;
    }

    /**
     * All of {@code boundaries} in a full sweep; else those {@code always} picks plus one in {@code sampleStride} of
     * the others, chosen by the seed, in their order.
     */
    public static <T> List<T> sample(List<T> boundaries, int sampleStride, Predicate<T> always) {
        if (full() || sampleStride <= 1) {
            return List.copyOf(boundaries);
        }
        Random random = new Random(seed());
        List<T> out = new ArrayList<>();
        for (T b : boundaries) {
            if (always.test(b) || random.nextInt(sampleStride) == 0) {
                out.add(b);
            }
        }
        return out;
    }

    /** For failure messages: how to run the same sweep again. */
    public static String describe() {
        return full() ? "-Dapim.crash.sweep=full" : "-Dapim.crash.sweep=sample -Dapim.crash.seed=" + seed();
    }
}
