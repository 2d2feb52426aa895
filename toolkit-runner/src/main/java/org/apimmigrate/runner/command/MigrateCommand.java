package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.Phase;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.console.ConsoleView;
import org.apimmigrate.runner.console.Out;
import org.apimmigrate.runner.console.ProgressPrinter;
import org.apimmigrate.runner.report.ReportRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.apimmigrate.runner.report.ReportOption;

@Command(name = "migrate", description = {
        "Runs the pending steps of a phase: pre-client before WSO2's migration client, post-client after it. "
                + "Every check runs before anything changes; blockers stop the run. A run that was stopped or "
                + "crashed resumes where it stopped.",
        "Exit 0 when done, 1 when blocked (nothing changed), 3 when a step failed (run again to resume)."})
final class MigrateCommand extends DatabaseCommand {

    @Option(names = "--phase", required = true, paramLabel = "pre-client|post-client",
            converter = PhaseConverter.class, description = "The phase to run.")
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
    protected int run(Targets targets) {
        ReportRecorder recorder = recorder();
        recorder.databases(targets.roles());
        return reported(report, recorder, () -> {
            // where the databases stand before the run, read under its lock with the catalog its steps then use
            Runnable before = new Runnable() {
                private boolean done;

                @Override
                public void run() {
                    if (!done) {
                        done = true;
                        states(targets, choices.options()).forEach(recorder::before);
                    }
                }
            };
            int code = migrate(targets, phase, choices, view(), out(), recorder, before);
            before.run(); // a run stopped before it took its lock changed nothing
            recorder.journal(targets.migrator(choices.options(), RunListener.NONE, StatementInterceptor.NONE)
                    .status());
            states(targets, choices.options()).forEach(recorder::after);
            fingerprints(targets, recorder);
            return code;
        });
    }

    /** Each database's tables before and after each phase, for the report (one physical database once). */
    static void fingerprints(Targets targets, ReportRecorder recorder) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (org.apimmigrate.api.step.DatabaseRole role : org.apimmigrate.api.step.DatabaseRole.values()) {
            var db = targets.get(role);
            if (seen.add(db.identity())) {
                try (org.jdbi.v3.core.Handle h = db.jdbi().open()) {
                    recorder.data(role, org.apimmigrate.check.DataCheck.compare(h));
                }
            }
        }
    }

    /** @param locked run once the run holds its locks, before any step looks at the databases */
    static int migrate(Targets targets, Phase phase, MigrationChoices choices, ConsoleView view, Out out,
                       ReportRecorder recorder, Runnable locked) {
        view.heading("Migrate, phase " + phase.cliName());
        RunListener listener = ProgressPrinter.forConsole(out).whenLocked(locked);
        RunReport run = targets.migrator(choices.options(), listener, CrashPoint.fromSystemProperty()).migrate(phase);
        view.run(run);
        recorder.run(run);
        return run.failed() ? ExitCodes.DATABASE : run.blocked() ? ExitCodes.BLOCKED : ExitCodes.OK;
    }
}
