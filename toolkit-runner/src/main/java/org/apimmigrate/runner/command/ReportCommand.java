package org.apimmigrate.runner.command;

import java.nio.file.Path;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.report.EarlierReports;
import org.apimmigrate.runner.report.ReportFolder;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.preflight.PreflightResult;
import org.apimmigrate.runner.report.ReportRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", description = {
        "Writes report.json (schema: docs/REPORT-SCHEMA.md), report.md and a self-contained report.html: preflight "
                + "of the next phase, the journal of every run, and verify. The document to attach to a change "
                + "ticket. Changes nothing.",
        "Exit 0 once written (the outcome of each part is in the report)."})
final class ReportCommand extends DatabaseCommand {

    @Option(names = "--report-dir", paramLabel = "<dir>", defaultValue = "apim-migrate-report",
            description = "Where the report goes: a new <UTC time>-report folder inside it (default: "
                    + "${DEFAULT-VALUE}). The reports earlier commands wrote there with the same --report-dir are "
                    + "gathered in: their outcomes and the API_UUIDs repair-api-uuid set.")
    Path reportDir;

    @Option(names = "--report-in-place", description = "Write the files into --report-dir itself, replacing an "
            + "earlier report there.")
    boolean inPlace;

    @Option(names = "--phase", paramLabel = "pre-client|post-client", converter = PhaseConverter.class,
            description = "The phase preflight looks at (default: the next one, as the journal tells).")
    Phase phase;

    @Mixin
    MigrationChoices choices;

    @Override
    protected void prepare() {
        choices.options();
    }

    @Override
    protected boolean connectsOtherDatasources() {
        return true;
    }

    @Override
    protected int run(Targets targets) {
        ReportRecorder recorder = recorder();
        recorder.databases(targets.roles());
        Path dir = ReportFolder.prepare(reportDir, spec.name(), inPlace);
        EarlierReports earlier = EarlierReports.in(reportDir, dir);
        recorder.earlier(earlier.reports(), earlier.folders());
        return reported(dir, recorder, out(), () -> {
            states(targets, choices.options()).forEach(recorder::before);
            PreflightResult preflight = PreflightCommand.check(targets, phase, choices);
            recorder.journal(targets.migrator(choices.options(), RunListener.NONE, StatementInterceptor.NONE)
                    .status());
            String verified;
            try {
                VerificationResult verify = VerifyCommand.verify(targets);
                recorder.verify(verify);
                verified = verify.passed() ? "all checks passed" : verify.failed().size() + " check(s) failed";
            } catch (Failure notMigrated) {
                recorder.verifyNotRun(notMigrated.getMessage() + " " + notMigrated.remedy());
                MigrateCommand.fingerprints(targets, recorder);
                verified = "not run: " + notMigrated.getMessage();
            }
            if (!preflight.run().steps().stream().allMatch(s -> s.state() == StepReport.State.ALREADY_DONE)) {
                recorder.preflight(preflight);
            }
            out().line("Preflight of phase " + preflight.phase().cliName() + ": " + (preflight.ready() ? "ready"
                    : preflight.blockers().size() + " blocker(s)") + ". Verify: " + verified + ".");
            return ExitCodes.OK;
        });
    }
}
