package org.apimmigrate.runner.cli;

import org.apimmigrate.runner.ExitCodes;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Entry point of {@code java -jar apim-migrate.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // logging is set up here, before the warm-up thread's libraries ask for loggers: while it is being set up,
        // SLF4J hands out stand-ins, and the verbose option's levels set on a stand-in were lost
        LoggerFactory.getILoggerFactory();
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
