package org.apimmigrate.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.Failure;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line without any database: usage, versions, offline plans, exit codes. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLineFor(args);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /** A command line starting with a subcommand's name builds that one alone; any other builds them all. */
    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertThat(Main.commandLineFor(new String[] {"status", "--apim-home", "x"}).getSubcommands().keySet())
                .containsExactlyInAnyOrder("status", "help");
        assertThat(Main.commandLineFor(new String[] {"stauts"}).getSubcommands().keySet())
                .isEqualTo(Main.commandLine().getSubcommands().keySet());
        assertThat(Main.commandLineFor(new String[] {"--version"}).getSubcommands()).hasSize(
                Main.commandLine().getSubcommands().size());
        assertThat(run("stauts")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("status");
    }

    @Test
    void everySubcommandIsListedAndNoneGivenIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("preflight", "plan", "migrate", "repair-api-uuid", "verify", "status",
                "report", "Exit codes: 0 done, 1 blockers or failed checks");
        assertThat(err.toString()).as("the demo ships in its own jar").doesNotContain("demo");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("apim-migrate ");
        assertThat(run("migrate-everything")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void offlinePlanPrintsAVendorsFullScriptsOfBothPhases() {
        assertThat(run("plan", "--offline", "--vendor", "postgresql")).isZero();
        assertThat(out.toString()).contains("Offline plan for PostgreSQL, phase pre-client",
                "Offline plan for PostgreSQL, phase post-client", "-- registry-versioning-cleanup on shared_db",
                "-- am-db-schema-upgrade on apim_db", "CREATE TABLE", "-- api-uuid-constraint on apim_db",
                "API_UUID", "-- registry-log-reindex on shared_db", "INSERT INTO REG_LOG");
    }

    @Test
    void aBadInputGetsOneMessageWithWhatToDo() {
        assertThat(run("plan", "--offline", "--vendor", "informix")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines()).containsExactly(
                "apim-migrate: Unknown database vendor 'informix'. Known vendors: "
                        + org.apimmigrate.api.dialect.Vendors.ids() + ".",
                "What to do: Give one of them with --vendor.");
        assertThat(run("status", "--am-url", "jdbc:h2:mem:x")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("No datasource was given for shared_db");
    }

    @Test
    void everySubcommandTakesHelpAndMigrateHelpNeedsNoPhase() {
        for (String command : List.of("preflight", "plan", "migrate", "repair-api-uuid", "verify", "status",
                "report", "guide")) {
            for (String option : List.of("-h", "--help")) {
                out.getBuffer().setLength(0);
                assertThat(run(command, option)).as(command + " " + option + ": " + err).isZero();
                assertThat(out.toString()).as(command).contains("Usage: apim-migrate " + command);
            }
        }
        out.getBuffer().setLength(0);
        assertThat(run("migrate", "--help")).isZero();
        assertThat(out.toString()).contains("--phase", "--no-fingerprint", "--report-in-place", "Exit codes: 0 done")
                .contains("internal fault");
        assertThat(err.toString()).doesNotContain("Missing required option");
    }

    @Test
    void aFaultOfTheToolkitIsNotADatabaseError() {
        Failure internal = FailureHandler.asFailure(new IllegalStateException("boom"));
        assertThat(internal.exitCode()).isEqualTo(ExitCodes.INTERNAL).isEqualTo(4);
        assertThat(internal.getMessage()).contains("Internal fault", "boom");
        assertThat(FailureHandler.asFailure(new RuntimeException(new java.sql.SQLException("no")))
                .exitCode()).isEqualTo(ExitCodes.DATABASE);
    }

    @Test
    void aTypeThatContradictsTheUrlAndAMissingLibFolderStopBeforeAnyDatabase(@org.junit.jupiter.api.io.TempDir
                                                                              java.nio.file.Path dir) throws Exception {
        java.nio.file.Path toml = java.nio.file.Files.writeString(dir.resolve("deployment.toml"), """
                [database.apim_db]
                type = "mysql"
                url = "jdbc:postgresql://db.example:5432/apim"
                username = "apim"
                password = "x"
                [database.shared_db]
                type = "postgre"
                url = "jdbc:postgresql://db.example:5432/shared"
                username = "apim"
                password = "x"
                """);
        assertThat(run("status", "--config", toml.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("[database.apim_db]", "has type = \"mysql\" but its url",
                "is a PostgreSQL URL", "Set type = \"postgre\"");

        err.getBuffer().setLength(0);
        assertThat(run("status", "--am-url", "jdbc:h2:mem:a", "--shared-url", "jdbc:h2:mem:b", "--lib",
                dir.resolve("no-such-folder").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--lib", "no-such-folder", "is not a folder (it does not exist)");
    }
}
