package org.apimmigrate.run;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.apimmigrate.api.dialect.TransientRefusals;
import org.jdbi.v3.core.Handle;

/**
 * Runs a step's statement, trying it again where the vendor counts the engine's refusal as one for a moment
 * ({@link TransientRefusals#run}); each retry is told to {@code retried} with the step's id, in words for the console
 * and the step's report.
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
        try {
            return refusals.run(sql, () -> {
                try (Statement st = on.getConnection().createStatement()) {
                    st.execute(sql);
                    return Math.max(st.getUpdateCount(), 0);
                }
            }, (retry, next) -> retried.accept(stepId, "refused for a moment (" + retry.reason()
                    + "), tried again after " + retry.pause().toMillis() + " ms (try " + next + "): "
                    + Migrator.StatementFailedException.abbreviate(sql)));
        } catch (SQLException e) {
            throw new Migrator.StatementFailedException(sql, e,
                    watched == null ? Optional.empty() : watched.blockedBy());
        }
    }
}
