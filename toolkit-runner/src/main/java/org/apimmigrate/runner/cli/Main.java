package org.apimmigrate.runner.cli;

import picocli.CommandLine;
import org.apimmigrate.runner.ExitCodes;

/** Entry point of {@code java -jar apim-migrate.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** @param extraCommands picocli commands added after the product's (the demo jar adds {@code demo}) */
    public static CommandLine commandLine(Object... extraCommands) {
        return ApimMigrate.withSubcommands(extraCommands)
                .setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }
}
