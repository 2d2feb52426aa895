package org.apimmigrate.runner.demo;

import picocli.CommandLine;
import org.apimmigrate.runner.cli.Main;

/**
 * Entry point of {@code java -jar apim-migrate-demo.jar}: the production command line plus {@code demo}. The demo
 * lives in its own jar because it carries an embedded PostgreSQL server that production hosts must not ship.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String... args) {
        return Main.commandLineFor(args, new DemoCommand()).execute(args);
    }

    public static CommandLine commandLine() {
        return Main.commandLine(new DemoCommand());
    }
}
