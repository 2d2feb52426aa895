package org.apimmigrate.runner.cli;

import java.sql.SQLException;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.runner.redact.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import org.apimmigrate.runner.Failure;

/** Prints why a command stopped, once, without a stack trace (that goes to the debug log), and picks the exit code. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        LOG.debug("{} stopped", commandLine.getCommandName(), e);
        Failure failure = asFailure(e);
        var err = commandLine.getErr();
        err.println(Redactor.scrub("apim-migrate: " + failure.getMessage()));
        if (failure.remedy() != null && !failure.remedy().isBlank()) {
            err.println(Redactor.scrub("What to do: " + failure.remedy()));
        }
        err.flush();
        return failure.exitCode();
    }

    static Failure asFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Failure f) {
                return f;
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return Failure.database("The database refused: " + RootCause.message(e),
                        "Fix the cause (--verbose shows more) and run the same command again; a migration resumes "
                                + "where it stopped, and `apim-migrate status` shows where each database stands.", e);
            }
        }
        return Failure.internal("Internal fault of apim-migrate (" + e.getClass().getSimpleName() + "): "
                + RootCause.message(e), "Run the same command again with --verbose and report its output to the "
                + "toolkit's maintainers; if it stopped during a migration, `apim-migrate status` shows where each "
                + "database stands.", e);
    }
}
