package org.apimmigrate.api.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The database's own words out of a chain of wrappers. */
class RootCauseTest {

    @Test
    void theInnermostMessageIsGivenNotTheWrappers() {
        Throwable e = new IllegalStateException("wrapper", new RuntimeException("middle",
                new SQLException("  relation \"am_api\" does not exist\n  Position: 15  ")));

        assertThat(RootCause.message(e)).isEqualTo("relation \"am_api\" does not exist\n  Position: 15");
        assertThat(RootCause.firstLine(e)).isEqualTo("relation \"am_api\" does not exist");
    }

    @Test
    void aCauseWithoutMessageIsNamedByItsType() {
        assertThat(RootCause.message(new RuntimeException("outer", new NullPointerException())))
                .isEqualTo("NullPointerException");
    }
}
