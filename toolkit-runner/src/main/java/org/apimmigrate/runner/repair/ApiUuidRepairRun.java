package org.apimmigrate.runner.repair;

import java.util.List;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.steps.Steps;
import org.jdbi.v3.core.Handle;

/**
 * Fills NULL AM_API.API_UUID and STATUS from the registry the way WSO2's migration client does, for APIs it missed.
 * Only after the pre-client phase (before it, AM_API has no API_UUID column), or on a database this toolkit never
 * ran on whose AM_API has the column already; under the migration lock.
 */
public final class ApiUuidRepairRun {

    private ApiUuidRepairRun() {
    }

    /** What a repair did (or would do): the assignments, and the APIs that share an API_UUID. */
    public record Outcome(List<ApiUuidRepair.Assignment> assignments, List<ApiUuidRepair.Duplicate> duplicates) {
    }

    public static List<ApiUuidRepair.Assignment> run(Targets targets, boolean dryRun) {
        return run(targets, dryRun, false).assignments();
    }

    private static boolean hasApiUuidColumn(Handle a, ConnectedDatabase am) {
        return SchemaModel.of(am.vendor().catalog().snapshot(a)).findTable("AM_API")
                .flatMap(t -> t.column("API_UUID")).isPresent();
    }

    /** @param fixDuplicates also set each duplicated API_UUID that differs from its own artifact's UUID to that UUID */
    public static Outcome run(Targets targets, boolean dryRun, boolean fixDuplicates) {
        ConnectedDatabase am = targets.get(DatabaseRole.APIM_DB);
        ConnectedDatabase shared = targets.get(DatabaseRole.SHARED_DB);
        try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
            var preClient = new Journal(a, am.vendor()).find(Steps.AM_DB_SCHEMA_UPGRADE);
            // a database this toolkit never touched whose AM_API has the column already (one at 4.0.0) is repaired
            // as it stands: the pre-client phase refuses it as migrated already, so "run it first" would go round
            boolean columnThere = preClient.isEmpty() && hasApiUuidColumn(a, am);
            if (!columnThere && preClient.filter(e -> e.finished()).isEmpty()) {
                throw Failure.blocked("The pre-client phase has not finished on apim_db, so AM_API has no API_UUID "
                        + "column to fill yet.", "Run `apim-migrate migrate --phase pre-client` first, then WSO2's "
                        + "migration client; repair only what the client missed.");
            }
            ApiUuidRepair repair = new ApiUuidRepair();
            if (dryRun) {
                return new Outcome(repair.plan(s, a), repair.duplicates(s, a));
            }
            try (MigrationLock.Held lock = am.vendor().lock().acquire(a, Migrator.LOCK_NAME)) {
                List<ApiUuidRepair.Assignment> set = repair.apply(s, a);
                List<ApiUuidRepair.Duplicate> duplicates = fixDuplicates ? repair.fixDuplicates(s, a)
                        : repair.duplicates(s, a);
                return new Outcome(set, duplicates);
            } catch (MigrationLock.LockUnavailableException e) {
                throw Failure.blocked("apim_db is locked by another run of apim-migrate: " + e.getMessage(),
                        "Wait for it to finish; nothing was changed.");
            }
        }
    }
}
