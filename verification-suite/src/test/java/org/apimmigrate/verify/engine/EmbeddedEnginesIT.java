package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedEnginesIT {

    @Test
    void everyEmbeddedEngineHandsOutIsolatedWorkingDatabases() throws Exception {
        for (String vendor : new String[] {"postgresql", "mysql", "h2"}) {
            for (Engine engine : Engines.forVendor(vendor)) {
                if (engine.tier() != EngineTier.EMBEDDED) {
                    continue;
                }
                TestDatabase a = engine.createDatabase("iso");
                TestDatabase b = engine.createDatabase("iso");
                assertThat(a.url()).isNotEqualTo(b.url());
                try (Connection c = a.connect(); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE PROBE (ID INTEGER)");
                    s.execute("INSERT INTO PROBE VALUES (42)");
                }
                try (Connection c = b.connect(); Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.executeQuery("SELECT ID FROM PROBE"))
                            .as("second database of %s must not see the first one's table", engine.describe())
                            .isInstanceOf(SQLException.class);
                }
                assertThat(engine.version()).as(engine.describe()).isNotBlank();
            }
        }
        assertThat(Engines.forVendor("postgresql")).extracting(Engine::version)
                .anySatisfy(v -> assertThat(v).startsWith("PostgreSQL 16."))
                .anySatisfy(v -> assertThat(v).startsWith("PostgreSQL 13."));
        assertThat(Engines.forVendor("mysql")).extracting(Engine::version)
                .anySatisfy(v -> assertThat(v).startsWith("MariaDB 11."));
    }
}
