package org.apimmigrate.runner.cli;

import picocli.CommandLine;
import org.apimmigrate.runner.ExitCodes;

/** Entry point of {@code java -jar apim-migrate.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LibraryWarmup.startFor(args);
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** @param extraCommands picocli commands added after the product's (the demo jar adds {@code demo}) */
    public static CommandLine commandLine(Object... extraCommands) {
        return configured(ApimMigrate.withSubcommands(extraCommands));
    }

    /** The command line for these arguments: only the subcommand they name, where they begin with one's name. */
    public static CommandLine commandLineFor(String[] args, Object... extraCommands) {
        return configured(ApimMigrate.forArguments(args, extraCommands));
    }

    private static CommandLine configured(CommandLine cl) {
        return cl.setExecutionExceptionHandler(new FailureHandler())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpAutoWidth(true);
    }
}
