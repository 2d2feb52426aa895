package org.apimmigrate.verify.benchmark;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Wall-clock seconds of a piece of work, and the peak of the JVM heap in use while it ran (sampled). */
final class Timing {

    record Measured(double seconds, long peakHeapBytes) {
    }

    private Timing() {
    }

    static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Collects garbage first, so the peak is the work's own heap plus what was live before it. */
    static Measured withPeakHeap(Runnable work) {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        AtomicLong peak = new AtomicLong(rt.totalMemory() - rt.freeMemory());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        double seconds;
        try {
            seconds = time(work);
        } finally {
            running.set(false);
        }
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Measured(seconds, peak.get());
    }

    static String seconds(double s) {
        return String.format(Locale.ROOT, s < 10 ? "%.2f" : "%.1f", s);
    }

    static String ratio(double a, double b) {
        return b <= 0 ? "-" : String.format(Locale.ROOT, a / b < 10 ? "%.1fx" : "%.0fx", a / b);
    }
}
