package org.apimmigrate.runner.preflight;

import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.run.CatalogReads;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.steps.schema.SchemaConvergenceStep;
import org.apimmigrate.steps.schema.SchemaState;
import org.jdbi.v3.core.Handle;

/**
 * Which version a database is at (3.2.0, part-migrated, 4.0.0, not a WSO2 database), told by the schema steps'
 * own markers and this toolkit's journal.
 */
public final class SchemaStates {

    private SchemaStates() {
    }

    /** Where WSO2AM_DB's schema stands, as the schema upgrade step tells it. */
    public static SchemaState apimDbState(ConnectedDatabase db, StepContext.MigrationOptions options,
                                          CatalogReads catalog) {
        try (Handle h = db.jdbi().open()) {
            return state(Steps.AM_DB_SCHEMA_UPGRADE, new ReadOnlyContext(h, db, options, catalog));
        }
    }

    /** Whether WSO2AM_DB has the API_UUID unique key the post-client phase adds. */
    public static boolean apiUuidKeyInPlace(ConnectedDatabase db, StepContext.MigrationOptions options,
                                            CatalogReads catalog) {
        try (Handle h = db.jdbi().open()) {
            return state(Steps.API_UUID_CONSTRAINT, new ReadOnlyContext(h, db, options, catalog)) == SchemaState.TARGET;
        }
    }

    public static String describe(DatabaseRole role, ConnectedDatabase db, StepContext.MigrationOptions options,
                                  CatalogReads catalog) {
        try (Handle h = db.jdbi().open()) {
            ReadOnlyContext ctx = new ReadOnlyContext(h, db, options, catalog);
            List<JournalEntry> journal = new Journal(h, db.vendor()).all();
            return role == DatabaseRole.APIM_DB ? apimDb(ctx, journal) : sharedDb(ctx, journal);
        }
    }

    private static String apimDb(ReadOnlyContext ctx, List<JournalEntry> journal) {
        SchemaState pre = state(Steps.AM_DB_SCHEMA_UPGRADE, ctx);
        return switch (pre) {
            case NOT_THIS_SCHEMA -> "not a WSO2 API-M database (no AM_API table)";
            case SOURCE -> "3.2.0";
            case PARTIAL -> "part-migrated between 3.2.0 and 4.0.0" + interrupted(journal, Steps.AM_DB_SCHEMA_UPGRADE);
            case TARGET -> state(Steps.API_UUID_CONSTRAINT, ctx) == SchemaState.TARGET ? "4.0.0"
                    + byToolkit(journal, Steps.API_UUID_CONSTRAINT)
                    : "4.0.0 without the API_UUID unique key (pre-client phase done"
                    + (entry(journal, Steps.AM_DB_SCHEMA_UPGRADE).isPresent() ? "" : " by other means")
                    + "; WSO2's migration client and the post-client phase follow)";
        };
    }

    private static String sharedDb(ReadOnlyContext ctx, List<JournalEntry> journal) {
        return switch (state(Steps.REGISTRY_SCHEMA_UPGRADE, ctx)) {
            case NOT_THIS_SCHEMA -> "not a WSO2 registry database (no REG_RESOURCE table)";
            case SOURCE -> "3.2.0 registry (carbon-kernel 4.6.0)";
            case PARTIAL -> "registry part-migrated between 3.2.0 and 4.0.0"
                    + interrupted(journal, Steps.REGISTRY_SCHEMA_UPGRADE);
            case TARGET -> "4.0.0 registry (carbon-kernel 4.6.2)" + (entry(journal, Steps.REGISTRY_LOG_REINDEX)
                    .filter(JournalEntry::finished).isPresent() ? ", re-indexed" : "");
        };
    }

    private static String interrupted(List<JournalEntry> journal, String stepId) {
        return entry(journal, stepId).filter(e -> !e.finished()).map(e -> " (a run of this toolkit stopped there: "
                + e.status() + "; `migrate` resumes it)").orElse(" (not by this toolkit)");
    }

    private static String byToolkit(List<JournalEntry> journal, String stepId) {
        return entry(journal, stepId).filter(JournalEntry::finished).isPresent() ? " (migrated by this toolkit)"
                : "";
    }

    private static Optional<JournalEntry> entry(List<JournalEntry> journal, String stepId) {
        return journal.stream().filter(e -> e.stepId().equals(stepId)).findFirst();
    }

    /** The step's answer, once per catalog read of the command while nothing changes (it plans the whole upgrade). */
    private static SchemaState state(String stepId, ReadOnlyContext ctx) {
        return ctx.catalog().derived(ctx.schema(), "state of " + stepId + " with "
                + new java.util.TreeSet<>(ctx.options().enabledOptions()), () -> step(stepId).state(ctx));
    }

    private static SchemaConvergenceStep step(String id) {
        return Steps.all().stream().filter(s -> s.id().equals(id)).map(SchemaConvergenceStep.class::cast)
                .findFirst().orElseThrow();
    }
}
