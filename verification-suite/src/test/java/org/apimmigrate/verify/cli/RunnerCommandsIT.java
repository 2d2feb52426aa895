package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of the real jar, in the order a release engineer runs them, against a 3.2.0 WSO2AM_DB and SHARED_DB
 * with generated content: output and exit code of each, read-only commands proven read-only, and no password in
 * any output or report. The password is a secure-vault alias in deployment.toml, given through the environment.
 */
class RunnerCommandsIT {

    private static final GeneratorSettings DATA = GeneratorSettings.tiny();

    @TempDir
    Path tmp;

    static Stream<Arguments> engines() {
        return CliDatabases.engines();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("engines")
    void everyCommandDoesItsJobFromPreflightToReport(Engine engine) throws IOException {
        MigrationFixture f = new MigrationFixture(engine, DATA);
        CliDatabases.Login login = CliDatabases.login(f);
        ApimHome home = ApimHome.write(tmp, f.am, f.shared, login.user(), "$secret{admin_password}", true);
        Leaks leaks = new Leaks();
        Runner jar = new Runner(home, login.password(), leaks);

        MigrationFixture.State fresh = f.state();
        RunnerProcess.Result preflight = jar.run("preflight", "--registry-xml", home.registryXml().toString());
        assertThat(preflight.exitCode()).as(preflight.describe()).isZero();
        assertThat(preflight.stdout()).contains("Preflight, phase pre-client", "schema:     3.2.0",
                "3.2.0 registry", "privileges: ", "registry-versioning-cleanup", "am-db-schema-upgrade",
                "estimated time of the phase", "Ready: nothing blocks phase pre-client").doesNotContain("MISSING");

        RunnerProcess.Result plan = jar.run("plan", "--registry-xml", home.registryXml().toString());
        assertThat(plan.exitCode()).as(plan.describe()).isZero();
        assertThat(plan.stdout()).contains("-- registry-versioning-cleanup on", "-- am-db-schema-upgrade on",
                "ALTER TABLE", "CREATE TABLE").containsIgnoringCase("AM_REVISION");

        RunnerProcess.Result tooEarly = jar.run("migrate", "--phase", "post-client");
        assertThat(tooEarly.exitCode()).as(tooEarly.describe()).isEqualTo(1);
        assertThat(tooEarly.stdout()).contains("[PRE_CLIENT_NOT_DONE]", "What to do:");
        assertThat(f.state()).as("preflight, plan and a blocked migrate change nothing").isEqualTo(fresh);

        Path migrateReport = leaks.watch(tmp.resolve("migrate-report"));
        RunnerProcess.Result pre = jar.run("migrate", "--phase", "pre-client", "--registry-xml",
                home.registryXml().toString(), "--report-dir", migrateReport.toString(), "--verbose");
        assertThat(pre.exitCode()).as(pre.describe()).isZero();
        assertThat(catalogReads(pre)).as("catalog reads of a pre-client run, per database")
                .containsOnlyKeys("apim_db", "shared_db").allSatisfy((db, reads) -> assertThat(reads).isEqualTo(1L));
        assertThat(pre.stdout()).contains("-> registry-versioning-cleanup", "-> am-db-schema-upgrade",
                "Phase pre-client: done", "Report: ");
        Path migrateRun = runFolder(migrateReport, "migrate");
        assertThat(migrateRun.resolve("report.html")).isRegularFile();
        JsonNode migrateJson = new ObjectMapper().readTree(migrateRun.resolve("report.json").toFile());
        assertThat(migrateJson.path("outcome").path("status").asText()).isEqualTo("DONE");
        assertThat(migrateJson.path("summary").findValuesAsText("outcome")).containsOnly("MIGRATED");
        assertThat(migrateJson.path("data").findValuesAsText("verdict")).contains("UNCHANGED",
                "ROWS_REMOVED_BY_DESIGN").doesNotContain("CHANGED", "GONE");

        RunnerProcess.Result status = jar.run("status");
        assertThat(status.exitCode()).as(status.describe()).isZero();
        assertThat(status.stdout()).contains("am-db-schema-upgrade [pre-client]: SUCCESS",
                "registry-versioning-cleanup [pre-client]: SUCCESS");

        RunnerProcess.Result notReady = jar.run("preflight");
        assertThat(notReady.exitCode()).as(notReady.describe()).isEqualTo(1);
        assertThat(notReady.stdout()).contains("Preflight, phase post-client", "API_UUID readiness",
                "[FAIL] apim_db: Every API in AM_API has an API_UUID", "[API_UUID_MISSING]");

        MigrationFixture.State afterPre = f.state();
        RunnerProcess.Result dryRun = jar.run("repair-api-uuid", "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.describe()).isZero();
        assertThat(dryRun.stdout()).containsPattern("Would set \\d+ API_UUID\\(s\\) from the registry");
        assertThat(f.state()).as("a dry run changes nothing").isEqualTo(afterPre);

        f.am.jdbi().useHandle(f::simulateClientSchemaEffect);
        RunnerProcess.Result repair = jar.run("repair-api-uuid");
        assertThat(repair.exitCode()).as(repair.describe()).isZero();
        assertThat(repair.stdout()).containsPattern("Set [1-9]\\d* API_UUID\\(s\\) from the registry");

        RunnerProcess.Result post = jar.run("migrate", "--phase", "post-client", "--verbose");
        assertThat(post.exitCode()).as(post.describe()).isZero();
        assertThat(catalogReads(post)).as("catalog reads of a post-client run, per database (its steps need none)")
                .allSatisfy((db, reads) -> assertThat(reads).isEqualTo(1L));
        assertThat(post.stdout()).contains("-> api-uuid-constraint", "-> registry-log-reindex",
                "Phase post-client: done");

        Path verifyReport = leaks.watch(tmp.resolve("verify-report"));
        RunnerProcess.Result verify = jar.run("verify", "--report-dir", verifyReport.toString());
        assertThat(verify.exitCode()).as(verify.describe()).isZero();
        assertThat(verify.stdout()).contains("[PASS] apim_db: WSO2AM_DB schema equals", "All 22 checks passed",
                "No objects other than WSO2's",
                "[PASS] apim_db: Each API's API_UUID is the UUID of its registry artifact",
                "[PASS] apim_db: Nothing lost in apim_db by phase pre-client",
                "[PASS] shared_db: Nothing lost in shared_db by phase post-client", "Not compared", "IDN_CONFIG_TYPE");

        Path report = leaks.watch(tmp.resolve("report"));
        RunnerProcess.Result written = jar.run("report", "--report-dir", report.toString());
        assertThat(written.exitCode()).as(written.describe()).isZero();
        Path reportRun = runFolder(report, "report");
        JsonNode json = new ObjectMapper().readTree(reportRun.resolve("report.json").toFile());
        assertThat(json.path("schemaVersion").asText()).isEqualTo("1");
        assertThat(json.path("outcome").path("status").asText()).isEqualTo("DONE");
        assertThat(json.path("verify").path("passed").asBoolean()).isTrue();
        assertThat(json.path("databases")).hasSize(2);
        assertThat(json.path("journal").findValuesAsText("status")).contains("SUCCESS").doesNotContain("FAILED");
        assertThat(Files.readString(reportRun.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .doesNotContain("<script", "http://", "https://");
        assertThat(Files.readString(reportRun.resolve("report.md"))).contains("# apim-migrate report: DONE",
                "## Verify", "## Data: nothing lost");

        MigrationFixture.State migrated = f.state();
        RunnerProcess.Result again = jar.run("migrate", "--phase", "pre-client", "--registry-xml",
                home.registryXml().toString());
        assertThat(again.exitCode()).as(again.describe()).isZero();
        assertThat(again.stdout()).contains("ALREADY_DONE").doesNotContain("-> ");
        assertThat(f.state()).as("a second run changes nothing").isEqualTo(migrated);

        // a finished migration: one answer, "complete, use verify"; never "ready" (which reads as "run it")
        RunnerProcess.Result finished = jar.run("preflight", "--registry-xml", home.registryXml().toString());
        assertThat(finished.exitCode()).as(finished.describe()).isZero();
        assertThat(finished.stdout()).contains("Nothing left to do: every step of phase post-client is done; the "
                + "migration is complete. Use `verify` to check the databases.").doesNotContain("Ready: nothing blocks");
        RunnerProcess.Result postAgain = jar.run("migrate", "--phase", "post-client");
        assertThat(postAgain.exitCode()).as(postAgain.describe()).isZero();
        assertThat(postAgain.stdout()).contains("Phase post-client: done", "ALREADY_DONE").doesNotContain("-> ");
        RunnerProcess.Result repairAgain = jar.run("repair-api-uuid", "--dry-run");
        assertThat(repairAgain.exitCode()).as(repairAgain.describe()).isZero();
        assertThat(repairAgain.stdout()).contains("Would set 0 API_UUID(s) from the registry");
        assertThat(f.state()).as("nothing changes a finished migration").isEqualTo(migrated);

        leaks.assertNowhere(login.password());
    }

    /** The one folder a command wrote its report into, inside --report-dir: {@code <UTC time>-<command>}. */
    static Path runFolder(Path reportDir, String command) throws IOException {
        try (Stream<Path> children = Files.list(reportDir)) {
            List<Path> folders = children.filter(p -> p.getFileName().toString().endsWith("-" + command)).toList();
            assertThat(folders).as("report folders of " + command + " in " + reportDir).hasSize(1);
            return folders.get(0);
        }
    }

    /** How often a --verbose run read each database's catalog, by the lines the run logs for each reading. */
    private static java.util.Map<String, Long> catalogReads(RunnerProcess.Result run) {
        java.util.regex.Pattern read = java.util.regex.Pattern.compile("\\[catalog\\] (\\w+)\\b.*schema read from "
                + "the catalog");
        return run.stderr().lines().map(read::matcher).filter(java.util.regex.Matcher::find)
                .collect(java.util.stream.Collectors.groupingBy(m -> m.group(1), java.util.stream.Collectors.counting()));
    }

    /** The jar with this home and password, every run watched for leaks. */
    record Runner(ApimHome home, String password, Leaks leaks) {
        RunnerProcess.Result run(String... args) {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--apim-home");
            all.add(home.home().toString());
            return leaks.watch(RunnerProcess.of(all).env(Map.of("APIM_MIGRATE_APIM_DB_PASSWORD", password,
                    "APIM_MIGRATE_SHARED_DB_PASSWORD", password)).run());
        }
    }
}
