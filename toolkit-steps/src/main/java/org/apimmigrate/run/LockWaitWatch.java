package org.apimmigrate.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apimmigrate.dialect.common.LockWaits;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a statement that waits for another session's lock: once it has run {@link #NOTICE_AFTER}, a second session
 * asks the engine every {@link #CHECK_EVERY} whether it waits and for whom, and the run's listener is told (again
 * every {@link #REPEAT_EVERY}, or as soon as the blocker changes). What was last seen stays with the statement, so a
 * lock timeout's failure can name the blocker too. One watch per database session of a run; the second session is
 * opened only once a statement has run long enough.
 */
final class LockWaitWatch implements AutoCloseable {

    /** How long a statement runs before anyone asks whether it waits: short statements never cost a query. */
    static final Duration NOTICE_AFTER = Duration.ofSeconds(3);
    static final Duration CHECK_EVERY = Duration.ofSeconds(3);
    /** How often an unchanged wait is shown again. */
    static final Duration REPEAT_EVERY = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(LockWaitWatch.class);

    private final Jdbi jdbi;
    private final LockWaits waits;
    private final Object waitingSession;
    private final String label;
    private final RunListener listener;
    private ScheduledExecutorService timer;
    private Handle watcher;
    /** The waits of the step in progress, for its report; taken by {@link #drainNotes()}. */
    private final List<String> notes = new ArrayList<>();

    private LockWaitWatch(Jdbi jdbi, LockWaits waits, Object waitingSession, String label, RunListener listener) {
        this.jdbi = jdbi;
        this.waits = waits;
        this.waitingSession = waitingSession;
        this.label = label;
        this.listener = listener;
    }

    /** A watch of the given working session; empty where the vendor cannot tell who blocks a session. */
    static Optional<LockWaitWatch> of(TargetDatabase database, Handle working, RunListener listener) {
        return LockWaits.of(database.vendor()).flatMap(w -> {
            try {
                return Optional.of(new LockWaitWatch(database.jdbi(), w, w.prepare(working), database.label(),
                        listener));
            } catch (RuntimeException e) { // waits are a courtesy: a run is never refused for want of them
                LOG.debug("Lock waits of {} cannot be watched: {}", database.label(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** Starts watching one statement of the step; closing the result stops it. */
    synchronized Watched watch(String stepId) {
        if (timer == null) {
            ScheduledThreadPoolExecutor one = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "apim-migrate-lock-wait-watch");
                t.setDaemon(true);
                return t;
            });
            one.setRemoveOnCancelPolicy(true); // most statements end long before their check: nothing piles up
            timer = one;
        }
        Watched w = new Watched(stepId, Instant.now());
        w.task = timer.scheduleWithFixedDelay(w::check, NOTICE_AFTER.toMillis(), CHECK_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        return w;
    }

    /** What the step waited for since it started, one note per blocked statement. */
    synchronized List<String> drainNotes() {
        List<String> out = List.copyOf(notes);
        notes.clear();
        return out;
    }

    private synchronized void note(String text) {
        notes.add(text);
    }

    /** Runs on the timer's thread only. */
    private Handle watcher() {
        if (watcher == null) {
            watcher = jdbi.open();
        }
        return watcher;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (RuntimeException e) {
                LOG.debug("Closing the lock-wait watcher of {} failed: {}", label, e.getMessage());
            }
        }
    }

    /** One statement being watched. */
    final class Watched implements AutoCloseable {
        private final String stepId;
        private final Instant start;
        private ScheduledFuture<?> task;
        private volatile String lastSeen;
        private String lastShown;
        private Instant lastShownAt = Instant.EPOCH;

        private Watched(String stepId, Instant start) {
            this.stepId = stepId;
            this.start = start;
        }

        private void check() {
            try {
                List<LockWaits.Blocker> blockers = waits.blockers(watcher(), waitingSession);
                if (blockers.isEmpty()) {
                    return;
                }
                String who = blockers.stream().map(LockWaits.Blocker::describe).distinct()
                        .collect(Collectors.joining("; and "));
                lastSeen = who;
                Instant now = Instant.now();
                if (!who.equals(lastShown) || Duration.between(lastShownAt, now).compareTo(REPEAT_EVERY) >= 0) {
                    lastShown = who;
                    lastShownAt = now;
                    String message = label + ": the statement has waited " + Duration.between(start, now).toSeconds()
                            + " s for " + who;
                    LOG.debug("[{}] {}", stepId, message);
                    listener.waiting(stepId, message);
                }
            } catch (RuntimeException e) { // the watch must never disturb the run it watches
                LOG.debug("Lock-wait check of {} failed: {}", label, e.getMessage());
            }
        }

        /** What the statement was last seen waiting for, if anything. */
        Optional<String> blockedBy() {
            return Optional.ofNullable(lastSeen);
        }

        @Override
        public void close() {
            task.cancel(false);
            if (lastSeen != null) {
                note("waited " + Duration.between(start, Instant.now()).toSeconds() + " s for " + lastSeen);
            }
        }
    }
}
