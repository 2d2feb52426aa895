package org.apimmigrate.runner.command;

import java.nio.file.Path;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.runner.ExitCodes;
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
            description = "Where the report files go (default: ${DEFAULT-VALUE}).")
    Path reportDir;

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
        return reported(reportDir, recorder, out(), () -> {
            PreflightResult preflight = PreflightCommand.check(targets, phase, choices);
            recorder.preflight(preflight);
            recorder.journal(targets.migrator(choices.options(), RunListener.NONE, StatementInterceptor.NONE)
                    .status());
            VerificationResult verify = VerifyCommand.verify(targets);
            recorder.verify(verify);
            out().line("Preflight of phase " + preflight.phase().cliName() + ": " + (preflight.ready() ? "ready"
                    : preflight.blockers().size() + " blocker(s)") + ". Verify: " + (verify.passed()
                    ? "all checks passed" : verify.failed().size() + " check(s) failed") + ".");
            return ExitCodes.OK;
        });
    }
}
