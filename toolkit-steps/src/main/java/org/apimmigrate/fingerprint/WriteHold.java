package org.apimmigrate.fingerprint;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Handle;

/**
 * A lock against every write on the tables no step of a phase changes, taken with their digest alongside the steps
 * and held until the steps are done: while it holds, no session can change those tables, so their after-fingerprint is
 * the one taken before, with no second scan. The steps come first: as soon as any session waits for it, it is let go,
 * and those tables are digested again after the phase as they would be without it.
 */
public final class WriteHold {

    /** How often the holding connection asks whether anyone waits for it: a wait costs the waiter at most this long. */
    static final Duration ASK_EVERY = Duration.ofMillis(50);

    /** Where no lock was taken: never held. */
    static WriteHold none() {
        WriteHold none = new WriteHold();
        none.ended(false);
        return none;
    }

    private final CountDownLatch letGo = new CountDownLatch(1);
    private final CompletableFuture<Boolean> heldToTheEnd = new CompletableFuture<>();

    WriteHold() {
    }

    /**
     * On the holding connection, once its digest is taken: waits until {@link #release} while no session waits for it.
     *
     * @param waiters  the vendor's query for the number of sessions waiting for a lock this connection holds
     * @return whether it was held until released
     */
    boolean holdOn(Handle on, String waiters) {
        try {
            while (!letGo.await(ASK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                if (waited(on, waiters)) {
                    return false;
                }
            }
            // asked once more as it is let go: a write that waits now would land on a table taken as unchanged
            return !waited(on, waiters);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) { // not knowing who waits, the lock goes: the tables are digested again after
            return false;
        }
    }

    /**
     * Waits until {@code start} completes, asking as {@link #holdOn} does whether a session waits for a lock that
     * {@code on} holds: one that does (a step touching one of its tables after all, such as a leftover a killed run
     * left) ends the wait at once, so that the digest runs, ends and lets go, instead of waiting for a start that
     * waits for that step.
     */
    static void awaitStart(Handle on, CompletableFuture<Void> start, String waiters) {
        try {
            while (!start.isDone()) {
                if (waited(on, waiters)) {
                    return;
                }
                try {
                    start.get(ASK_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // asked again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // a start that failed starts the digest all the same
        } catch (RuntimeException e) { // not knowing who waits, the digest starts now rather than risk that wait
        }
    }

    private static boolean waited(Handle on, String waiters) {
        return on.createQuery(waiters).mapTo(Long.class).one() > 0;
    }

    /** The holding connection's transaction ended; {@code held}: {@link #holdOn} held it to the release. */
    void ended(boolean held) {
        heldToTheEnd.complete(held);
    }

    /**
     * Lets go, once the steps are done, and waits until the lock is gone.
     *
     * @return whether it held from before the first step until now, so the tables are as their before-fingerprint
     */
    public boolean release() {
        letGo.countDown();
        return heldToTheEnd.join();
    }
}
