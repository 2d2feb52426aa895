package org.apimmigrate.api.dialect;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

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

    /** Try again after {@code pause}; {@code reason} says for the log why the engine refused, in a user's words. */
    record Retry(Duration pause, String reason) {
    }
}
