package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The external tier, pointed at a scratch database of the embedded PostgreSQL 16 as a release engineer would. */
class ExternalEngineIT {

    private static final String PREFIX = "apim.external.postgresql.";
    private static final List<String> KEYS = List.of(PREFIX + "url", PREFIX + "user", PREFIX + "password");

    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void saveProperties() {
        KEYS.forEach(k -> saved.put(k, System.getProperty(k)));
    }

    @AfterEach
    void restoreProperties() {
        saved.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }

    @Test
    void isChosenFirstGivesEachTestItsOwnSchemaAndNeverShowsItsPassword() throws Exception {
        TestDatabase scratch = embeddedPostgres16().createDatabase("external_scratch");
        String role = scratch.name() + "_engineer";
        String secret = "Ext" + Passwords.random();
        try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + secret + "'");
            s.execute("GRANT CREATE ON DATABASE " + scratch.name() + " TO " + role);
        }
        // the password also in the URL, as some release engineers write it
        System.setProperty(PREFIX + "url", scratch.url().replaceFirst("\\?.*$", "") + "?password=" + secret);
        System.setProperty(PREFIX + "user", role);
        System.setProperty(PREFIX + "password", secret);

        Engine external = Engines.forVendor("postgresql").get(0);
        assertThat(external.tier()).isEqualTo(EngineTier.EXTERNAL);
        assertThat(Engines.primary("postgresql")).containsSame(external);
        assertThat(external.version()).startsWith("PostgreSQL 16.");

        TestDatabase a = external.createDatabase("ext");
        TestDatabase b = external.createDatabase("ext");
        assertThat(a.name()).startsWith("apim_ext_").isNotEqualTo(b.name());
        try (Connection c = a.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE PROBE (ID INTEGER)");
            s.execute("INSERT INTO PROBE VALUES (42)");
        }
        assertThat(schemasHoldingProbe(scratch)).containsExactly(a.name());
        try (Connection c = b.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT ID FROM PROBE")).isInstanceOf(SQLException.class);
        }

        for (String shown : List.of(external.describe(), external.origin(), external.toString(), a.toString(),
                b.toString())) {
            assertThat(shown).doesNotContain(secret);
        }
        assertThat(external.origin()).contains("password=***").contains("as " + role);
    }

    @Test
    void anUnreachableEngineSaysSoWithoutItsPassword() {
        String secret = "Ext" + Passwords.random();
        System.setProperty(PREFIX + "url", "jdbc:postgresql://127.0.0.1:1/nothing?password=" + secret);
        System.setProperty(PREFIX + "user", "nobody");
        System.setProperty(PREFIX + "password", secret);
        Engine external = ExternalEngine.fromSystemProperties("postgresql").orElseThrow();
        assertThatThrownBy(external::version).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not reachable").message().doesNotContain(secret);
    }

    private static Engine embeddedPostgres16() {
        return Engines.forVendor("postgresql").stream()
                .filter(e -> e.tier() == EngineTier.EMBEDDED && e.version().startsWith("PostgreSQL 16."))
                .findFirst().orElseThrow();
    }

    private static List<String> schemasHoldingProbe(TestDatabase db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT table_schema FROM information_schema.tables WHERE table_name = 'probe'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
