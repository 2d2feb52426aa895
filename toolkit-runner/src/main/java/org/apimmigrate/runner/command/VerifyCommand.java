package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.check.Verification;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.run.CatalogReads;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.preflight.SchemaStates;
import org.apimmigrate.steps.schema.SchemaState;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.report.ReportRecorder;
import org.jdbi.v3.core.Handle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.apimmigrate.runner.report.ReportOption;

@Command(name = "verify", description = {
        "Checks the live databases and changes nothing: WSO2AM_DB and the registry tables against a fresh 4.0.0 "
                + "(minus the printed list of what other tools own), API_UUID present and unique, and the "
                + "registry's invariants (every association row has its path, no orphaned values, REG_LOG "
                + "re-indexed).",
        "Exit 0 when every check passes, 1 when any fails."})
final class VerifyCommand extends DatabaseCommand {

    @Mixin
    ReportOption report;

    @Override
    protected int run(Targets targets) {
        ReportRecorder recorder = recorder();
        recorder.databases(targets.roles());
        return reported(report, recorder, () -> {
            states(targets, StepContext.MigrationOptions.defaults()).forEach(recorder::before);
            VerificationResult result = verify(targets);
            view().verification(result);
            if (!result.passed() && !SchemaStates.apiUuidKeyInPlace(targets.get(DatabaseRole.APIM_DB),
                    StepContext.MigrationOptions.defaults(), targets.catalog())) {
                // between the phases, verify still proves the pre-client phase lost nothing; the rest waits
                out().line("apim_db is between the two phases: the pre-client phase is done, the API_UUID unique "
                        + "key of the post-client phase is not there yet, and the checks that need it fail for that "
                        + "alone. Next: run WSO2's migration client, then `apim-migrate migrate --phase "
                        + "post-client`, then verify again.");
            }
            recorder.verify(result);
            return result.passed() ? ExitCodes.OK : ExitCodes.BLOCKED;
        });
    }

    static VerificationResult verify(Targets targets) {
        ConnectedDatabase am = targets.get(DatabaseRole.APIM_DB);
        ConnectedDatabase shared = targets.get(DatabaseRole.SHARED_DB);
        requireMigrated(am, targets.catalog());
        try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
            CatalogReads catalog = targets.catalog();
            return Verification.run(a, am.vendor(), catalog.schema(am.identity(), am.label(), am.vendor(), a), s,
                    shared.vendor(), catalog.schema(shared.identity(), shared.label(), shared.vendor(), s),
                    am.identity().equals(shared.identity()));
        }
    }

    /** verify checks a 4.0.0 database; on any other it says where the database stands and what to run. */
    static void requireMigrated(ConnectedDatabase am, CatalogReads catalog) {
        SchemaState state = SchemaStates.apimDbState(am, StepContext.MigrationOptions.defaults(), catalog);
        String rest = "`apim-migrate migrate --phase pre-client`, WSO2's migration client, then `apim-migrate migrate "
                + "--phase post-client`; verify checks the result";
        switch (state) {
            case SOURCE -> throw Failure.blocked("apim_db is at 3.2.0: it has not been migrated yet, so there is "
                    + "nothing to verify.", "Run " + rest + ".");
            case PARTIAL -> throw Failure.blocked("apim_db is part-migrated between 3.2.0 and 4.0.0.",
                    "Run `apim-migrate status` to see where it stopped, then " + rest + ".");
            case NOT_THIS_SCHEMA -> throw Failure.blocked("apim_db is not a WSO2 API-M database (it has no AM_API "
                    + "table).", "Check [database.apim_db] in deployment.toml (or --am-url): it must name WSO2AM_DB.");
            default -> {
            }
        }
    }
}
