package org.apimmigrate.runner.command;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.runner.preflight.SchemaStates;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Configuration;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.console.ConsoleView;
import org.apimmigrate.runner.console.Out;
import org.apimmigrate.runner.report.ReportFiles;
import org.apimmigrate.runner.report.ReportFolder;
import org.apimmigrate.runner.report.ReportOption;
import org.apimmigrate.runner.report.ReportRecorder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on the API Manager's databases: every option is checked before any database is reached,
 * then the databases are connected, the command runs, and the pools are closed.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    Verbosity verbosity;

    @Override
    public Integer call() {
        prepare();
        Configuration config = database.configuration();
        try (Targets targets = Targets.connect(config, connectsOtherDatasources())) {
            return run(targets);
        }
    }

    /** Checks the command's own options (e.g. reads registry.xml) before any database is reached. */
    protected void prepare() {
    }

    /** Whether deployment.toml's other datasources are tried too (only preflight reports on them). */
    protected boolean connectsOtherDatasources() {
        return false;
    }

    protected abstract int run(Targets targets);

    protected Out out() {
        return new Out(spec.commandLine().getOut());
    }

    protected ConsoleView view() {
        return new ConsoleView(out());
    }

    protected ReportRecorder recorder() {
        return new ReportRecorder(ReportRecorder.commandLine(spec));
    }

    /** Where each database stands now, in words, for the report's summary. */
    protected static Map<DatabaseRole, String> states(Targets targets, StepContext.MigrationOptions options) {
        Map<DatabaseRole, String> out = new EnumMap<>(DatabaseRole.class);
        targets.roles().forEach((role, db) -> {
            try {
                out.put(role, SchemaStates.describe(role, db, options, targets.catalog()));
            } catch (RuntimeException e) {
                out.put(role, "unknown: " + RootCause.message(e));
            }
        });
        return out;
    }

    /** Runs the body and, where a report folder was given, writes the report whatever the outcome. */
    protected int reported(ReportOption option, ReportRecorder recorder, IntSupplier body) {
        return reported(option.prepare(spec.name()), recorder, out(), body);
    }

    /** @param dir the report's folder, already made and tried ({@link ReportFolder}); null for no report */
    static int reported(Path dir, ReportRecorder recorder, Out out, IntSupplier body) {
        int code;
        try {
            code = body.getAsInt();
        } catch (Failure f) {
            if (dir != null) {
                ReportFiles.write(dir, recorder.build(f.exitCode(), f.getMessage()));
                out.line("Report: " + dir.resolve(ReportFiles.HTML).toAbsolutePath());
            }
            throw f;
        }
        if (dir != null) {
            Path html;
            try {
                html = ReportFiles.write(dir, recorder.build(code, ""));
            } catch (Failure f) {
                // the folder was tried before anything changed, so this is rare (e.g. a full disk); the command's
                // work stands, and exit 2 would claim nothing changed
                out.line("apim-migrate: the command finished, but " + f.getMessage() + " Run `apim-migrate report "
                        + "--report-dir <dir>` to write a report of where the databases stand.");
                return code == ExitCodes.OK ? ExitCodes.BLOCKED : code;
            }
            out.line();
            out.line("Report: " + html.toAbsolutePath() + " (with " + ReportFiles.MARKDOWN + " and "
                    + ReportFiles.JSON + " beside it)");
        }
        return code;
    }
}
