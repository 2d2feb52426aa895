package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A probe in plain SQL every vendor takes: a database works, and another test's database does not see into it. */
final class IsolationProbe {

    private IsolationProbe() {
    }

    static void assertWorks(TestDatabase db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE PROBE (ID INTEGER)");
            s.execute("INSERT INTO PROBE VALUES (42)");
            try (var rs = s.executeQuery("SELECT ID FROM PROBE")) {
                assertThat(rs.next()).as("%s returns the probe row", db).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    static void assertIsolated(TestDatabase a, TestDatabase b) throws SQLException {
        assertThat(a.url() + a.user()).as("two databases of %s", a.engine().describe()).isNotEqualTo(b.url() + b.user());
        assertWorks(a);
        try (Connection c = b.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT ID FROM PROBE"))
                    .as("%s must not see the table of %s", b, a)
                    .isInstanceOf(SQLException.class);
        }
    }
}
