package org.apimmigrate.verify.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where every DDL statement commits (H2), the state between two statements is one a stopped run leaves and other
 * sessions see: no table that had a primary key in 3.2.0 may be found there without one, or at least a unique key,
 * while the schema steps redefine its primary key. Checked through plain JDBC metadata before every statement of both
 * phases and after the last, on 3.2.0 databases with rows; the end state must still be fresh 4.0.0.
 */
class KeyedAtEveryStatementIT {

    /** Tables whose primary key 4.0.0 redefines (other columns, or a column retyped under it). */
    private static final Set<String> REDEFINED_KEYS =
            Set.of("AM_API_CLIENT_CERTIFICATE", "AM_GW_API_ARTIFACTS", "AM_API_COMMENTS");

    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("h2");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void everyTableKeepsAKeyAtEveryStatementBoundary(Engine engine) throws SQLException {
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        Set<String> keyedAm = keyedTables(f.am);
        Set<String> keyedShared = keyedTables(f.shared);
        assertThat(keyedAm).containsAll(REDEFINED_KEYS);

        Boundaries boundaries = new Boundaries(f, keyedAm, keyedShared);
        RunReport pre = f.migrator(MigrationFixture.versioningOn(), boundaries::check).migrate(Phase.PRE_CLIENT);
        boundaries.check("end of the pre-client phase", 0, "");
        assertThat(pre.succeeded()).as(RunReports.describe(pre)).isTrue();
        f.clientEffect();
        RunReport post = f.migrator(MigrationFixture.versioningOn(), boundaries::check).migrate(Phase.POST_CLIENT);
        boundaries.check("end of the post-client phase", 0, "");
        assertThat(post.succeeded()).as(RunReports.describe(post)).isTrue();

        assertThat(boundaries.unkeyed).as("tables without a primary or unique key at a statement boundary").isEmpty();
        assertThat(boundaries.checked).as("statement boundaries checked").isGreaterThan(50);
        assertThat(boundaries.heldByUniqueKeyOnly).as("tables seen between their old and new primary key")
                .containsAll(REDEFINED_KEYS);

        Snapshot am = f.snapshot(f.am);
        assertThat(f.comparableAm(am).diff(f.comparableAm(KnownSchema.AM_400.expectedSnapshot(f.vendor))).describe())
                .as("WSO2AM_DB after both phases vs fresh 4.0.0").isEmpty();
        assertThat(MigrationFixture.registryPart(f.snapshot(f.shared)).diff(
                MigrationFixture.registryPart(KnownSchema.SHARED_400.expectedSnapshot(f.vendor))).describe())
                .as("registry tables after both phases vs fresh 4.0.0 kernel").isEmpty();
    }

    /** What is seen at the boundaries: tables found unkeyed (with where), and tables held by a unique key alone. */
    private static final class Boundaries {
        private final MigrationFixture f;
        private final Set<String> keyedAm;
        private final Set<String> keyedShared;
        private final List<String> unkeyed = new ArrayList<>();
        private final Set<String> heldByUniqueKeyOnly = new TreeSet<>();
        private int checked;

        Boundaries(MigrationFixture f, Set<String> keyedAm, Set<String> keyedShared) {
            this.f = f;
            this.keyedAm = keyedAm;
            this.keyedShared = keyedShared;
        }

        void check(String step, int ordinal, String statement) {
            String where = ordinal == 0 ? step : "before statement " + ordinal + " of " + step + ": " + statement;
            check(f.am, keyedAm, where);
            check(f.shared, keyedShared, where);
            checked++;
        }

        private void check(TestDatabase db, Set<String> tables, String where) {
            try (Connection c = db.connect()) {
                DatabaseMetaData meta = c.getMetaData();
                for (String table : tables) {
                    if (!exists(meta, c, table)) {
                        continue;
                    }
                    boolean primary = hasPrimaryKey(meta, c, table);
                    boolean unique = hasUniqueIndex(meta, c, table);
                    if (!primary && !unique) {
                        unkeyed.add(db.name() + "." + table + " " + where);
                    } else if (!primary) {
                        heldByUniqueKeyOnly.add(table);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the keys of " + db.name() + " " + where, e);
            }
        }
    }

    /** The tables with a primary key, read before any step runs. */
    private static Set<String> keyedTables(TestDatabase db) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = db.connect(); ResultSet r = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%",
                new String[] {"TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME"));
            }
            for (String t : tables) {
                if (hasPrimaryKey(c.getMetaData(), c, t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean exists(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), table, new String[] {"TABLE"})) {
            return r.next();
        }
    }

    private static boolean hasPrimaryKey(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        try (ResultSet r = meta.getPrimaryKeys(c.getCatalog(), c.getSchema(), table)) {
            return r.next();
        }
    }

    private static boolean hasUniqueIndex(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        try (ResultSet r = meta.getIndexInfo(c.getCatalog(), c.getSchema(), table, true, true)) {
            while (r.next()) {
                if (!r.getBoolean("NON_UNIQUE") && r.getString("INDEX_NAME") != null) {
                    return true;
                }
            }
            return false;
        }
    }
}
