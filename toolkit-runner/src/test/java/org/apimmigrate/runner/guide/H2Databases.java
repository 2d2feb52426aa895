package org.apimmigrate.runner.guide;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.fixtures.FixtureSchemas;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.steps.Steps;
import org.jdbi.v3.core.Jdbi;

/**
 * WSO2AM_DB and SHARED_DB of 3.2.0 as H2 files (the fixtures' 3.2.0 schemas with a little data), migrated by the real
 * {@link Migrator}, with what WSO2's own tools do to them simulated by their marks.
 */
final class H2Databases {

    static final String USER = "sa";
    static final String PASSWORD = "";

    final String amUrl;
    final String sharedUrl;
    private final Vendor h2 = Vendors.require("h2");

    H2Databases(Path dir) {
        // kept open for the JVM: the test, the Migrator and the checklist open and close connections back to back,
        // and an H2 file database closed by its last connection while the next one opens can lose changes
        amUrl = "jdbc:h2:file:" + dir.resolve("WSO2AM_DB").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        sharedUrl = "jdbc:h2:file:" + dir.resolve("WSO2SHARED_DB").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        am().useHandle(h -> {
            FixtureSchemas.load(h, KnownSchema.AM_320, h2);
            h.execute("INSERT INTO AM_API (API_PROVIDER, API_NAME, API_VERSION, CONTEXT) "
                    + "VALUES ('admin', 'PizzaShack', '1.0.0', '/pizzashack/1.0.0')");
        });
        shared().useHandle(h -> {
            FixtureSchemas.load(h, KnownSchema.SHARED_320, h2);
            h.execute("INSERT INTO REG_PATH (REG_PATH_VALUE, REG_PATH_PARENT_ID, REG_TENANT_ID) "
                    + "VALUES ('/_system/governance/apimgt/applicationdata/provider/admin/PizzaShack/1.0.0', NULL, -1234)");
            h.execute("INSERT INTO REG_RESOURCE (REG_PATH_ID, REG_NAME, REG_MEDIA_TYPE, REG_CREATOR, REG_CREATED_TIME, "
                    + "REG_LAST_UPDATOR, REG_LAST_UPDATED_TIME, REG_TENANT_ID, REG_UUID) "
                    + "SELECT MAX(REG_PATH_ID), 'api', 'application/vnd.wso2-api+xml', 'admin', CURRENT_TIMESTAMP, "
                    + "'admin', CURRENT_TIMESTAMP, -1234, 'b7c5b2a0-6f0e-4c6f-9d7a-8f1e2d3c4b5a' FROM REG_PATH");
            h.execute("INSERT INTO UM_TENANT (UM_DOMAIN_NAME, UM_EMAIL, UM_ACTIVE, UM_CREATED_DATE, UM_USER_CONFIG) "
                    + "VALUES ('acme.example', 'admin@acme.example', TRUE, CURRENT_TIMESTAMP, X'00')");
        });
    }

    Jdbi am() {
        return Jdbi.create(amUrl, USER, PASSWORD);
    }

    Jdbi shared() {
        return Jdbi.create(sharedUrl, USER, PASSWORD);
    }

    RunReport migrate(Phase phase) {
        StepContext.MigrationOptions options = new StepContext.MigrationOptions(new StepContext.RegistryVersioning(
                false, StepContext.RegistryVersioning.Choice.DECIDE_FROM_CONFIGURATION, "registry.xml"), Set.of());
        return new Migrator(Steps.all(), Map.of(
                DatabaseRole.APIM_DB, new TargetDatabase(DatabaseRole.APIM_DB, am(), h2, amUrl, "WSO2AM_DB"),
                DatabaseRole.SHARED_DB, new TargetDatabase(DatabaseRole.SHARED_DB, shared(), h2, sharedUrl,
                        "WSO2SHARED_DB")),
                options, RunListener.NONE, StatementInterceptor.NONE).migrate(phase);
    }

    /** The identity migration 5.10.0 -> 5.11.0 adds UM_TENANT.UM_TENANT_UUID (its step6/um). */
    void identityMigrationRan() {
        shared().useHandle(h -> h.execute("ALTER TABLE UM_TENANT ADD UM_TENANT_UUID VARCHAR(36)"));
    }

    /** WSO2's client fills AM_API.API_UUID from the registry and moves the labels to gateway environments. */
    void migrationClientRan() {
        am().useHandle(h -> {
            h.execute("UPDATE AM_API SET API_UUID = 'b7c5b2a0-6f0e-4c6f-9d7a-8f1e2d3c4b5a', STATUS = 'PUBLISHED'");
            h.execute("DROP TABLE AM_LABEL_URLS");
            h.execute("DROP TABLE AM_LABELS");
        });
    }
}
