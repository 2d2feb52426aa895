package org.apimmigrate.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MySqlTransientRefusalsTest {

    private final MySqlTransientRefusals refusals = new MySqlTransientRefusals();
    private final SQLException lockWaitTimeout = new SQLException("Lock wait timeout exceeded; try restarting "
            + "transaction", "HY000", 1205);

    @Test
    void aTruncateRefusedWithinSecondsIsTriedAgainAfterAPause() {
        assertThat(refusals.retry("TRUNCATE TABLE REG_LOG", lockWaitTimeout, Duration.ofMillis(720), 1))
                .hasValueSatisfying(r -> {
                    assertThat(r.pause()).isEqualTo(Duration.ofMillis(500));
                    assertThat(r.reason())
                            .startsWith("the server gave up on TRUNCATE after 720 ms with a lock wait timeout");
                });
        assertThat(refusals.retry("-- the association table\n  /* emptied */ truncate table `REG_LOG`",
                lockWaitTimeout, Duration.ofSeconds(2), 9)).isPresent();
    }

    @Test
    void aDropTableRefusedWithinSecondsIsTriedAgainToo() {
        assertThat(refusals.retry("DROP  TABLE IF EXISTS APIM_MIGRATE_RRP_KEEP_A", lockWaitTimeout,
                Duration.ofMillis(750), 1)).hasValueSatisfying(r -> assertThat(r.reason())
                        .startsWith("the server gave up on DROP TABLE after 750 ms"));
        assertThat(refusals.retry("DROP INDEX I ON T", lockWaitTimeout, Duration.ofMillis(750), 1)).isEmpty();
    }

    @Test
    void aLockWaitThatReallyTimedOutIsNotTriedAgain() {
        assertThat(refusals.retry("TRUNCATE TABLE REG_LOG", lockWaitTimeout, Duration.ofSeconds(10), 1)).isEmpty();
    }

    @Test
    void triesStopAtTheLimit() {
        assertThat(refusals.retry("TRUNCATE TABLE REG_LOG", lockWaitTimeout, Duration.ofMillis(700),
                MySqlTransientRefusals.TRIES)).isEmpty();
    }

    @Test
    void otherStatementsAndOtherErrorsFailAtOnce() {
        assertThat(refusals.retry("DELETE FROM REG_LOG", lockWaitTimeout, Duration.ofMillis(700), 1)).isEmpty();
        assertThat(refusals.retry("INSERT INTO T SELECT 'TRUNCATE' FROM DUAL", lockWaitTimeout,
                Duration.ofMillis(700), 1)).isEmpty();
        assertThat(refusals.retry("TRUNCATE TABLE REG_LOG", new SQLException("Deadlock found", "40001", 1213),
                Duration.ofMillis(700), 1)).isEmpty();
        assertThat(refusals.retry("TRUNCATE TABLE REG_LOG", new SQLException("Table doesn't exist", "42S02", 1146),
                Duration.ofMillis(5), 1)).isEmpty();
    }
}
