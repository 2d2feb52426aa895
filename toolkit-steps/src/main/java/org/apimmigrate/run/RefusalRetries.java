package org.apimmigrate.run;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apimmigrate.api.dialect.TransientRefusals;
import org.jdbi.v3.core.Handle;

/**
 * Runs a step's statement, trying it again where the vendor counts the engine's refusal as one for a moment
 * ({@link TransientRefusals}); each retry is told to {@code retried} with the step's id, in words for the console and
 * the step's report.
 */
final class RefusalRetries {

    private final TransientRefusals refusals;
    private final BiConsumer<String, String> retried;

    RefusalRetries(TransientRefusals refusals, BiConsumer<String, String> retried) {
        this.refusals = refusals;
        this.retried = retried;
    }

    /** Runs {@code sql}, a statement of step {@code stepId}, on {@code on}; returns the rows it changed (0 for DDL). */
    long execute(String stepId, Handle on, String sql, LockWaitWatch.Watched watched) {
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try (Statement st = on.getConnection().createStatement()) {
                st.execute(sql);
                return Math.max(st.getUpdateCount(), 0);
            } catch (SQLException e) {
                Optional<TransientRefusals.Retry> retry = refusals.retry(sql, e,
                        Duration.ofNanos(System.nanoTime() - started), attempt);
                if (retry.isEmpty() || !pause(retry.get().pause())) {
                    throw new Migrator.StatementFailedException(sql, e,
                            watched == null ? Optional.empty() : watched.blockedBy());
                }
                retried.accept(stepId, "refused for a moment (" + retry.get().reason() + "), tried again after "
                        + retry.get().pause().toMillis() + " ms (try " + (attempt + 1) + "): "
                        + Migrator.StatementFailedException.abbreviate(sql));
            }
        }
    }

    /** Sleeps; false where interrupted (the flag is kept, and the statement fails as refused). */
    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
