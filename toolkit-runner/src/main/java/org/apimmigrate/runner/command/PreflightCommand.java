package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.Phase;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.preflight.Phases;
import org.apimmigrate.runner.preflight.Preflight;
import org.apimmigrate.runner.preflight.PreflightResult;
import org.apimmigrate.runner.report.ReportRecorder;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.apimmigrate.runner.report.ReportOption;

@Command(name = "preflight", description = {
        "Checks the databases before a phase and changes nothing: connectivity, vendor and engine version, which "
                + "version each database is at, missing privileges, registry versioning, row counts with a time "
                + "estimate per step, and (post-client) API_UUID readiness.",
        "Exit 0 when nothing blocks the phase, 1 when something does."})
final class PreflightCommand extends DatabaseCommand {

    @Option(names = "--phase", paramLabel = "pre-client|post-client", converter = PhaseConverter.class,
            description = "The phase to check (default: the next one, as the journal tells).")
    Phase phase;

    @Mixin
    MigrationChoices choices;

    @Mixin
    ReportOption report;

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
        return reported(report, recorder, () -> {
            PreflightResult result = check(targets, phase, choices);
            view().preflight(result);
            recorder.preflight(result);
            return result.ready() ? ExitCodes.OK : ExitCodes.BLOCKED;
        });
    }

    static PreflightResult check(Targets targets, Phase phase, MigrationChoices choices) {
        Phase p = phase != null ? phase : Phases.next(targets.migrator(choices.options(), RunListener.NONE,
                StatementInterceptor.NONE).status());
        return new Preflight(targets, choices.options(), choices.describeRegistryVersioning()).run(p);
    }
}
