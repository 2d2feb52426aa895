package org.apimmigrate.dialect.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.schema.KnownSchema;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The H2 models are WSO2's H2 schemas as the facts give them ({@code h2_am320.txt} ... copied byte for byte to
 * {@code org/apimmigrate/schema/h2/}), and H2 1.4.199, the engine API-M ships, builds them from the rendered DDL and
 * reads them back, through the catalog reader, as the same lines (engine-made names as {@code SYS_GENERATED}).
 */
class H2FactsTest {

    private static final Vendor H2 = Vendors.require("h2");

    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void modelIsTheFactsLineForLine(KnownSchema schema) {
        Snapshot facts = Snapshot.fromResource("org/apimmigrate/schema/h2/" + resource(schema) + ".txt");
        assertThat(schema.hasOwnDump(H2)).isTrue();
        assertThat(schema.model(H2).toSnapshot().text()).isEqualTo(facts.text());
        assertThat(schema.expectedSnapshot(H2).lines()).hasSize(facts.lines().size());
    }

    @ParameterizedTest
    @EnumSource(KnownSchema.class)
    void h2Of199LoadsTheModelAndReadsItBackAsTheFacts(KnownSchema schema) throws SQLException {
        assertThat(org.h2.engine.Constants.getVersion()).isEqualTo("1.4.199");
        String url = "jdbc:h2:mem:facts-" + schema + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            for (String sql : H2.ddl().createSchema(schema.model(H2))) {
                st.execute(sql);
            }
        }
        Snapshot live;
        try (Handle h = Jdbi.create(url, "sa", "").open()) {
            live = H2.catalog().snapshot(h);
        }
        Snapshot facts = Snapshot.fromResource("org/apimmigrate/schema/h2/" + resource(schema) + ".txt");
        assertThat(live.text()).as(live.diff(facts).toString()).isEqualTo(facts.text());
    }

    @org.junit.jupiter.api.Test
    void engineNamedKeysAreFoundByDefinitionEvenTwoForeignKeysOnOneTable() throws SQLException {
        String url = "jdbc:h2:mem:generated-names;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE P (ID INTEGER NOT NULL, CODE INTEGER NOT NULL, PRIMARY KEY (ID), UNIQUE (CODE))");
            st.execute("CREATE TABLE C (ID INTEGER NOT NULL, A INTEGER, B INTEGER, PRIMARY KEY (ID))");
            st.execute("ALTER TABLE C ADD FOREIGN KEY (A) REFERENCES P (ID) ON DELETE CASCADE");
            st.execute("ALTER TABLE C ADD FOREIGN KEY (B) REFERENCES P (CODE)");
        }
        try (Handle h = Jdbi.create(url, "sa", "").open()) {
            var model = org.apimmigrate.api.schema.SchemaModel.of(H2.catalog().snapshot(h));
            var keys = model.findTable("C").orElseThrow().constraints();
            assertThat(keys).extracting(k -> k.name()).containsOnly("SYS_GENERATED");
            java.util.Set<String> names = new java.util.HashSet<>();
            for (var k : keys) {
                String name = H2.catalog().generatedName(h, k).orElseThrow();
                assertThat(name).startsWith("CONSTRAINT_");
                names.add(name);
            }
            assertThat(names).hasSize(3);
            var fkOnB = keys.stream().filter(k -> k.columns().equals(java.util.List.of("B"))).findFirst().orElseThrow();
            h.execute("ALTER TABLE C DROP CONSTRAINT " + H2.catalog().generatedName(h, fkOnB).orElseThrow());
            assertThat(H2.catalog().snapshot(h).text()).contains("CON|C|FK|(A) -> P(ID)").doesNotContain("(B) -> P");
        }
    }

    @org.junit.jupiter.api.Test
    void everyReferentialRuleAndMultiColumnKeyReadsBackAsWritten() throws SQLException {
        String url = "jdbc:h2:mem:rules;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE P (A INTEGER NOT NULL, B INTEGER NOT NULL, U INTEGER, PRIMARY KEY (A, B), "
                    + "CONSTRAINT P_U UNIQUE (U))");
            st.execute("CREATE TABLE C (ID INTEGER NOT NULL, X INTEGER, Y INTEGER, Z INTEGER, PRIMARY KEY (ID), "
                    + "CONSTRAINT C_XY FOREIGN KEY (Y, X) REFERENCES P (A, B) "
                    + "ON UPDATE SET DEFAULT ON DELETE SET NULL, "
                    + "CONSTRAINT C_Z FOREIGN KEY (Z) REFERENCES P (U) ON UPDATE CASCADE ON DELETE NO ACTION)");
        }
        try (Handle h = Jdbi.create(url, "sa", "").open()) {
            assertThat(H2.catalog().snapshot(h).text()).contains(
                    "CON|C|FK|(Y,X) -> P(A,B) ON UPDATE SET DEFAULT ON DELETE SET NULL|C_XY",
                    "CON|C|FK|(Z) -> P(U) ON UPDATE CASCADE ON DELETE RESTRICT|C_Z",
                    "CON|P|PK|(A,B)|SYS_GENERATED", "CON|P|UNIQUE|(U)|P_U");
        }
    }

    static String resource(KnownSchema schema) {
        return switch (schema) {
            case AM_320 -> "am320";
            case AM_400 -> "am400";
            case SHARED_320 -> "shared460";
            case SHARED_400 -> "shared462";
        };
    }

}
