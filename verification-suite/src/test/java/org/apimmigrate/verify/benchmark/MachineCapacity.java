package org.apimmigrate.verify.benchmark;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * How much of a second core the machine gives right now: one thread counts for a moment alone, then two count at once,
 * and the slower of the two is compared with the one alone. On a machine with two whole cores that is about 1; a host
 * that shares a virtual machine's second core with other work gives less, and not always the same (seen here: 0.55 to
 * 1.0 within a minute). The toolkit's clean-up keeps both cores busy and the one-pass bound one, so a run's ratio
 * moves with this figure; it is printed before and after each measured run.
 */
final class MachineCapacity {

    private static final long MOMENT_NANOS = 300_000_000L;

    private MachineCapacity() {
    }

    /** The second thread's count against the lone thread's, when both count at once (the slower of the two). */
    static double secondCore() {
        long alone = count(1).get(0);
        AtomicLongArray both = count(2);
        return alone == 0 ? 0 : (double) Math.min(both.get(0), both.get(1)) / alone;
    }

    static String describe(double before, double after) {
        return String.format(Locale.ROOT, "second core %.2f before, %.2f after", before, after);
    }

    private static AtomicLongArray count(int threads) {
        AtomicLongArray counts = new AtomicLongArray(threads);
        CountDownLatch start = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int slot = i;
            workers[i] = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = System.nanoTime() + MOMENT_NANOS;
                long n = 0;
                long x = slot + 1;
                while (System.nanoTime() < end) {
                    for (int k = 0; k < 10_000; k++) {
                        x = x * 6364136223846793005L + 1442695040888963407L; // work the JIT cannot drop
                    }
                    n++;
                }
                counts.set(slot, n + (x == 42 ? 1 : 0));
            }, "capacity-" + i);
            workers[i].start();
        }
        start.countDown();
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return counts;
    }
}
