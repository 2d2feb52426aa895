package org.apimmigrate.api.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ObjIntConsumer;

/**
 * Refusals an engine gives a statement for a moment, having done nothing, that the same statement does not meet when
 * it is tried again shortly after (the engine's own background work still using the table, say). A step's statement
 * refused so is tried again after the pause given; every other failure fails the step at once. Most vendors have none.
 */
public interface TransientRefusals {

    TransientRefusals NONE = (statement, failure, ranFor, attempt) -> Optional.empty();

    /**
     * Whether {@code failure}, met by {@code statement} after {@code ranFor} on its {@code attempt}-th try (from 1),
     * is such a refusal and the statement is worth another try; empty where it is not, or after too many tries.
     */
    Optional<Retry> retry(String statement, SQLException failure, Duration ranFor, int attempt);

    /**
     * Runs {@code statement} by {@code attempt}, trying again after each refusal these count as one for a moment;
     * {@code retried} hears each retry with the number of the try it leads to. Any other refusal, the last one, or one
     * met when the pause is interrupted (the flag is kept) is thrown.
     */
    default long run(String statement, Attempt attempt, ObjIntConsumer<Retry> retried) throws SQLException {
        for (int tries = 1; ; tries++) {
            long started = System.nanoTime();
            try {
                return attempt.run();
            } catch (SQLException e) {
                Optional<Retry> retry = retry(statement, e, Duration.ofNanos(System.nanoTime() - started), tries);
                if (retry.isEmpty() || !pause(retry.get().pause())) {
                    throw e;
                }
                retried.accept(retry.get(), tries + 1);
            }
        }
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One try of a statement; returns the rows it changed. */
    @FunctionalInterface
    interface Attempt {
        long run() throws SQLException;
    }

    /** Try again after {@code pause}; {@code reason} says for the log why the engine refused, in a user's words. */
    record Retry(Duration pause, String reason) {
    }
}
