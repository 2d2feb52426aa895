package org.apimmigrate.runner.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.check.DataCheck;
import org.apimmigrate.fingerprint.DataComparison;
import org.apimmigrate.fingerprint.Fingerprinter;
import org.apimmigrate.fingerprint.TableVerdict;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.steps.Steps;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nothing-lost fingerprint on H2 databases of 3.2.0 run through the real {@link Migrator}: a clean phase shows
 * every table unchanged or changed as the phase says (renamed columns compared value for value), a row changed
 * behind the toolkit's back during the phase is caught, and --no-fingerprint records nothing.
 */
class FingerprintOnH2Test {

    private final Vendor h2 = Vendors.require("h2");

    @TempDir
    Path dir;

    private Jdbi am;
    private Jdbi shared;

    @BeforeEach
    void databases() {
        am = Jdbi.create("jdbc:h2:file:" + dir.resolve("AM").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa", "");
        shared = Jdbi.create("jdbc:h2:file:" + dir.resolve("SHARED").toAbsolutePath() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        am.useHandle(h -> {
            FixtureSchemas.load(h, KnownSchema.AM_320, h2);
            h.execute("INSERT INTO AM_API (API_PROVIDER, API_NAME, API_VERSION, CONTEXT) "
                    + "VALUES ('admin', 'PizzaShack', '1.0.0', '/pizzashack/1.0.0')");
            h.execute("INSERT INTO AM_API_COMMENTS (COMMENT_ID, COMMENT_TEXT, COMMENTED_USER, DATE_COMMENTED, API_ID) "
                    + "SELECT 'c1', 'tasty', 'alice', TIMESTAMP '2020-01-02 03:04:05', API_ID FROM AM_API");
            h.execute("INSERT INTO AM_SUBSCRIBER (USER_ID, TENANT_ID, EMAIL_ADDRESS, DATE_SUBSCRIBED) "
                    + "VALUES ('bob', -1234, 'bob@example.com', TIMESTAMP '2020-01-01 00:00:00')");
        });
        shared.useHandle(h -> FixtureSchemas.load(h, KnownSchema.SHARED_320, h2));
    }

    private RunReport migrate(Set<String> options, StatementInterceptor interceptor) {
        return new Migrator(Steps.all(), Map.of(
                DatabaseRole.APIM_DB, new TargetDatabase(DatabaseRole.APIM_DB, am, h2, "am", "apim_db"),
                DatabaseRole.SHARED_DB, new TargetDatabase(DatabaseRole.SHARED_DB, shared, h2, "shared", "shared_db")),
                new StepContext.MigrationOptions(new StepContext.RegistryVersioning(false,
                        StepContext.RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION, "registry.xml"), options),
                RunListener.NONE, interceptor).migrate(Phase.PRE_CLIENT);
    }

    private DataComparison preClient(Jdbi db) {
        return db.withHandle(DataCheck::compare).stream().filter(c -> c.phase() == Phase.PRE_CLIENT).findFirst()
                .orElseThrow();
    }

    private static TableVerdict table(DataComparison c, String name) {
        return c.tables().stream().filter(t -> t.table().equalsIgnoreCase(name)).findFirst().orElseThrow();
    }

    @Test
    void aCleanPhaseLeavesEveryTableUnchangedOrChangedAsItSays() {
        RunReport run = migrate(Set.of(), StatementInterceptor.NONE);
        assertThat(run.succeeded()).as(run.toString()).isTrue();

        DataComparison amDb = preClient(am);
        assertThat(amDb.recorded()).isTrue();
        assertThat(amDb.unexpected()).isEmpty();
        assertThat(table(amDb, "AM_SUBSCRIBER").verdict()).isEqualTo(TableVerdict.Verdict.UNCHANGED);
        assertThat(table(amDb, "AM_SUBSCRIBER").rowsAfter()).isEqualTo(1L);
        TableVerdict comments = table(amDb, "AM_API_COMMENTS");
        assertThat(comments.verdict()).isEqualTo(TableVerdict.Verdict.RENAMED_COLUMNS_EQUAL);
        assertThat(comments.detail()).contains("COMMENTED_USER -> CREATED_BY", "DATE_COMMENTED -> CREATED_TIME");
        assertThat(preClient(shared).recorded()).isTrue();
        assertThat(preClient(shared).unexpected()).isEmpty();
    }

    @Test
    void aRowChangedBehindTheToolkitsBackIsCaught() {
        StatementInterceptor behindTheBack = new StatementInterceptor() {
            private boolean done;

            @Override
            public void before(String step, int ordinal, String sql) {
                if (!done && step.equals(Steps.AM_DB_SCHEMA_UPGRADE)) {
                    done = true;
                    am.useHandle(h -> h.execute("UPDATE AM_SUBSCRIBER SET EMAIL_ADDRESS = 'eve@example.com'"));
                }
            }
        };
        assertThat(migrate(Set.of(), behindTheBack).succeeded()).isTrue();

        TableVerdict subscriber = table(preClient(am), "AM_SUBSCRIBER");
        assertThat(subscriber.verdict()).isEqualTo(TableVerdict.Verdict.CHANGED);
        assertThat(subscriber.detail()).isEqualTo("same row count, different content");
        assertThat(preClient(am).unexpected()).extracting(TableVerdict::table).containsExactly("AM_SUBSCRIBER");
    }

    @Test
    void noFingerprintRecordsNothing() {
        assertThat(migrate(Set.of(Fingerprinter.OFF), StatementInterceptor.NONE).succeeded()).isTrue();
        assertThat(preClient(am).recorded()).isFalse();
        assertThat(am.withHandle(DataCheck::compare)).allMatch(c -> !c.recorded());
        assertThat(List.of(preClient(shared).recorded())).containsExactly(false);
    }
}
