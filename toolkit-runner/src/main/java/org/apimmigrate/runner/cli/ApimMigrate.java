package org.apimmigrate.runner.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apimmigrate.runner.command.Commands;
import org.apimmigrate.version.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import org.apimmigrate.runner.ExitCodes;

/**
 * {@code apim-migrate}: the top-level command. Its subcommands are listed once, in {@link Commands#ALL}.
 */
@Command(name = "apim-migrate", mixinStandardHelpOptions = true, versionProvider = ApimMigrate.Version.class,
        description = "Carries a WSO2 API Manager database from 3.2.0 to 4.0.0: preflight, plan, migrate "
                + "--phase pre-client, (WSO2's migration client), migrate --phase post-client, verify, report.",
        footer = {"", ExitCodes.SUMMARY,
                "Start with: apim-migrate preflight --help (or java -jar apim-migrate.jar preflight --help)"})
final class ApimMigrate implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    ApimMigrate() {
    }

    /** No subcommand: say how to use it. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** @param extra commands after the product's, e.g. the demo jar's {@code demo} */
    static CommandLine withSubcommands(Object... extra) {
        return with(all(extra));
    }

    /**
     * Where the arguments begin with a subcommand's name, only that subcommand: picocli builds the model of each
     * command it is given by reflection, a good part of a short command's start. Otherwise (no arguments, help, a
     * top-level option, a misspelt name picocli suggests a command for) all of them.
     */
    static CommandLine forArguments(String[] args, Object... extra) {
        List<Object> all = all(extra);
        if (args.length > 0) {
            for (Object command : all) {
                Class<?> type = command instanceof Class<?> c ? c : command.getClass();
                if (type.getAnnotation(Command.class).name().equals(args[0])) {
                    return with(List.of(command));
                }
            }
        }
        return with(all);
    }

    private static List<Object> all(Object... extra) {
        List<Object> all = new ArrayList<>(Commands.ALL);
        all.addAll(List.of(extra));
        return all;
    }

    private static CommandLine with(List<Object> subcommands) {
        CommandLine cl = new CommandLine(new ApimMigrate());
        subcommands.forEach(cl::addSubcommand);
        cl.getSubcommands().values().forEach(ApimMigrate::withHelpOption);
        cl.addSubcommand(new CommandLine.HelpCommand());
        return cl;
    }

    /** -h/--help on every subcommand; picocli then skips the checks of required options, so `migrate --help` works. */
    private static void withHelpOption(CommandLine sub) {
        CommandSpec s = sub.getCommandSpec();
        if (s.optionsMap().containsKey("--help")) {
            return;
        }
        s.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help and exit.").build());
        s.usageMessage().footer("", ExitCodes.SUMMARY);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"apim-migrate " + ToolVersion.get()};
        }
    }
}
