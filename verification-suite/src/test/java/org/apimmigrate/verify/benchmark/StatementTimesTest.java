package org.apimmigrate.verify.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementTimesTest {

    /**
     * Two connections run statements at once: the one that starts first and ends last is the slow one, not the one
     * whose start happened to come before a long pause of the other connection.
     */
    @Test
    void eachStatementIsTimedFromItsStartToItsOwnEnd() throws InterruptedException {
        StatementTimes times = new StatementTimes();
        times.before("cleanup", 1, "INSERT INTO LONG_ONE");
        times.before("cleanup", 2, "DROP TABLE SHORT_ONE");
        times.after("cleanup", 2, "DROP TABLE SHORT_ONE");
        Thread.sleep(150);
        times.after("cleanup", 1, "INSERT INTO LONG_ONE");
        Thread.sleep(150);
        times.end();

        assertThat(times.slowest(2)).hasSize(2).first().asString().contains("INSERT INTO LONG_ONE")
                .doesNotContain(" 0.00 s");
        assertThat(times.slowest(2).get(1)).contains("DROP TABLE SHORT_ONE", " 0.0");
    }
}
