package org.apimmigrate.runner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.zaxxer.hikari.HikariConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.internal.JfrSupport;

/**
 * Loads and initialises, on a second thread while picocli builds the command line, the libraries a database command
 * then needs one after the other: Jackson (deployment.toml, the report), JDBI (with the flight-recorder event it makes
 * for every statement, whose first use starts the JDK's recorder support, and the lexer it reads named parameters
 * with, first needed by the migration lock's query), HikariCP and SHA-256 (the journal's checksums). In a JVM that
 * lives a second or two that is most of what they cost, and picocli's parsing leaves the machine's other core room for
 * it (about a tenth of a second of preflight). Nothing here is needed for a command to work: the command does the same
 * itself, and waits on a class the warm-up is initialising rather than doing it twice. Logging is set up before it
 * starts ({@link Main#main}).
 */
public final class LibraryWarmup {

    private LibraryWarmup() {
    }

    /** Starts the warm-up where the arguments name a subcommand (not for usage, help or the version alone). */
    static void startFor(String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || args[0].equals("help")) {
            return;
        }
        start();
    }

    /** Starts the warm-up, as the command line does for a subcommand; also for a process that runs steps as it does. */
    public static void start() {
        Thread warmup = new Thread(LibraryWarmup::run, "apim-migrate-warmup");
        warmup.setDaemon(true);
        warmup.start();
    }

    private static void run() {
        try {
            new TomlMapper().readTree("warm = 1");
            Jdbi.create(() -> {
                throw new SQLException("the warm-up never connects");
            });
            JfrSupport.newStatementEvent();
            // the parser's cache is its own: what stays is its lexer's classes and tables, which every parser shares
            new ColonPrefixSqlParser().parse("SELECT :warm", null);
            MessageDigest.getInstance("SHA-256").digest("warm".getBytes(StandardCharsets.UTF_8));
            new HikariConfig();
            new ObjectMapper().writeValueAsString(Map.of("warm", 1));
        } catch (Exception | LinkageError e) {
            // the command will meet the same in its own time, and say so there
        }
    }
}
