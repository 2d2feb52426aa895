package org.apimmigrate.runner.command;

import org.apimmigrate.runner.console.Logging;
import picocli.CommandLine.Option;

/** {@code --verbose}: log every statement as it runs. */
public final class Verbosity {

    @Option(names = {"-v", "--verbose"}, description = "Log every SQL statement as it runs (to standard error).")
    void verbose(boolean on) {
        Logging.verbose(on);
    }
}
