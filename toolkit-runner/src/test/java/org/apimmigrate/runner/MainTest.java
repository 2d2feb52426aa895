package org.apimmigrate.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line without any database: usage, versions, offline plans, exit codes. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
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
                        + org.apimmigrate.api.vendor.Vendors.ids() + ".",
                "What to do: Give one of them with --vendor.");
        assertThat(run("status", "--am-url", "jdbc:h2:mem:x")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("No datasource was given for shared_db");
    }
}
