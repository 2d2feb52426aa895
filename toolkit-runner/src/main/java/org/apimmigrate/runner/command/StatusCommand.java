package org.apimmigrate.runner.command;

import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.Targets;
import picocli.CommandLine.Command;

@Command(name = "status", description = "Prints the journal each database keeps: every step this toolkit ran there, "
        + "when, with what result, and how many statements and rows.")
final class StatusCommand extends DatabaseCommand {

    @Override
    protected int run(Targets targets) {
        view().journal(targets.migrator(StepContext.MigrationOptions.defaults(), RunListener.NONE,
                StatementInterceptor.NONE).status());
        return ExitCodes.OK;
    }
}
