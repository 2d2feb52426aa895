package org.apimmigrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.dialect.TransientRefusals;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement the engine refuses is tried again only where the vendor counts the refusal as one for a moment, and as
 * often as it says: here H2 refuses an INSERT for a duplicate key, which another session's DELETE then clears.
 */
class RefusalRetriesTest {

    /** H2's "Unique index or primary key violation". */
    private static final int DUPLICATE_KEY = 23505;
    private static final String INSERT = "INSERT INTO T (ID) VALUES (1)";

    private final List<String> notes = new ArrayList<>();
    private Handle step;
    private Handle other;

    @BeforeEach
    void setUp() {
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:refusal-retries-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        step = jdbi.open();
        other = jdbi.open();
        step.execute("CREATE TABLE T (ID INT PRIMARY KEY)");
        step.execute("INSERT INTO T (ID) VALUES (1)");
    }

    @AfterEach
    void tearDown() {
        step.close();
        other.close();
    }

    /** The INSERT, as a step's statement, with the given refusals counted as ones for a moment. */
    private long run(TransientRefusals refusals) {
        return new RefusalRetries(refusals, (stepId, note) -> notes.add(stepId + ": " + note))
                .execute("a-step", step, INSERT, null);
    }

    @Test
    void aRefusalForAMomentIsTriedAgainAndNoted() {
        List<Integer> attempts = new ArrayList<>();
        TransientRefusals clearedMeanwhile = (sql, failure, ranFor, attempt) -> {
            attempts.add(attempt);
            if (failure.getErrorCode() != DUPLICATE_KEY || attempt > 1) {
                return Optional.empty();
            }
            other.execute("DELETE FROM T");
            return Optional.of(new TransientRefusals.Retry(Duration.ofMillis(10), "the key was taken"));
        };

        assertThat(run(clearedMeanwhile)).isEqualTo(1);
        assertThat(attempts).containsExactly(1);
        assertThat(notes).singleElement().asString()
                .startsWith("a-step: refused for a moment (the key was taken)")
                .contains("after 10 ms", "try 2", INSERT);
        assertThat(step.createQuery("SELECT COUNT(*) FROM T").mapTo(Integer.class).one()).isEqualTo(1);
    }

    @Test
    void otherRefusalsFailAtOnce() {
        assertThatThrownBy(() -> run(TransientRefusals.NONE))
                .isInstanceOf(Migrator.StatementFailedException.class).hasMessageContaining(INSERT);
        assertThat(notes).isEmpty();
    }

    @Test
    void theStatementFailsOnceTheVendorStopsTrying() {
        List<Integer> attempts = new ArrayList<>();
        TransientRefusals thrice = (sql, failure, ranFor, attempt) -> {
            attempts.add(attempt);
            return attempt < 3 ? Optional.of(new TransientRefusals.Retry(Duration.ZERO, "still taken"))
                    : Optional.empty();
        };

        assertThatThrownBy(() -> run(thrice))
                .isInstanceOf(Migrator.StatementFailedException.class);
        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(notes).hasSize(2);
    }

    @Test
    void anInterruptDuringThePauseFailsTheStatementAndIsKept() {
        TransientRefusals always = (sql, failure, ranFor, attempt) -> Optional.of(
                new TransientRefusals.Retry(Duration.ofSeconds(30), "taken"));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> run(always))
                    .isInstanceOf(Migrator.StatementFailedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(notes).isEmpty();
    }
}
