package org.apimmigrate.dialect.mysql;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.dialect.TransientRefusals;

/**
 * MariaDB's TRUNCATE TABLE and DROP TABLE wait at most 0.7 s for the engine's own threads (purge) to stop using the
 * table, then give up with "Lock wait timeout exceeded", having changed nothing: a table just written, or just let go
 * by another session's lock, meets it now and then. Tried again half a second later it goes through. A refusal after
 * ten seconds or more is a lock wait that really timed out (lock_wait_timeout, innodb_lock_wait_timeout): not retried.
 */
final class MySqlTransientRefusals implements TransientRefusals {

    /** ER_LOCK_WAIT_TIMEOUT. */
    static final int LOCK_WAIT_TIMEOUT = 1205;
    static final int TRIES = 10;
    static final Duration PAUSE = Duration.ofMillis(500);
    /** The engine's own give-up, with room for a short wait for a metadata lock before it. */
    static final Duration REFUSED_WITHIN = Duration.ofSeconds(10);

    /** The statement's first words, after any comments: TRUNCATE [TABLE] or DROP TABLE. */
    private static final Pattern TRUNCATE_OR_DROP = Pattern.compile(
            "^\\s*(?:(?:--[^\\n]*\\n|/\\*.*?\\*/)\\s*)*(TRUNCATE|DROP\\s+TABLE)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Override
    public Optional<Retry> retry(String statement, SQLException failure, Duration ranFor, int attempt) {
        if (failure.getErrorCode() != LOCK_WAIT_TIMEOUT || attempt >= TRIES || ranFor.compareTo(REFUSED_WITHIN) >= 0) {
            return Optional.empty();
        }
        Matcher kind = TRUNCATE_OR_DROP.matcher(statement);
        if (!kind.find()) {
            return Optional.empty();
        }
        return Optional.of(new Retry(PAUSE, "the server gave up on " + kind.group(1).toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", " ") + " after " + ranFor.toMillis() + " ms with a lock wait timeout, as MariaDB "
                + "does while its own purge threads still use the table"));
    }
}
