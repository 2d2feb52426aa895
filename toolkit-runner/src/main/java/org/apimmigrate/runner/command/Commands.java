package org.apimmigrate.runner.command;

import java.util.List;
import org.apimmigrate.runner.guide.GuideCommand;

/**
 * Every subcommand of {@code apim-migrate}, in the order the help lists them: the one place to add a command.
 * {@code demo} is not here: it ships only in the demo jar ({@code runner.demo.DemoMain}).
 */
public final class Commands {

    public static final List<Class<?>> ALL = List.of(
            PreflightCommand.class,
            PlanCommand.class,
            MigrateCommand.class,
            RepairApiUuidCommand.class,
            VerifyCommand.class,
            StatusCommand.class,
            ReportCommand.class,
            GuideCommand.class);

    private Commands() {
    }
}
