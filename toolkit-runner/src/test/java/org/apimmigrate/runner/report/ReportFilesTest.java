package org.apimmigrate.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.runner.redact.Redactor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    private static final Set<String> DOCUMENTED = Set.of("schemaVersion", "tool", "toolVersion", "command",
            "generatedAt", "outcome", "summary", "databases", "runs", "repairs");

    @Test
    void writesJsonMarkdownAndSelfContainedHtmlWithEverythingEscapedAndNoSecret() throws IOException {
        Redactor.remember("Hunter2-Secret");
        ReportRecorder recorder = new ReportRecorder("apim-migrate migrate --phase pre-client");
        StepPlan plan = new StepPlan(List.of(new StepPlan.Action("add column <b>|x</b>",
                List.of("ALTER TABLE AM_API ADD API_UUID VARCHAR(255)"))), List.of("a note"));
        recorder.run(new RunReport(Phase.PRE_CLIENT, RunReport.Mode.MIGRATE, List.of(StepReport.done(
                new StepReport.Subject("am-db-schema-upgrade", "WSO2AM_DB", "apim_db (PostgreSQL 16)"), plan,
                new StepOutcome(1, 0, List.of(new StepOutcome.Note.ActionRows("a | b", 2))), Duration.ofMillis(1500), Optional.empty()),
                StepReport.failed(new StepReport.Subject("api-uuid-constraint", "key", "apim_db (PostgreSQL 16)"),
                        Finding.blocker(FindingCode.STEP_FAILED, "<script>alert(1)</script> Hunter2-Secret | pipe",
                                "do x"), Duration.ZERO, "three | four")), List.of()));

        Path html = ReportFiles.write(dir, recorder.build(0, ""));

        assertThat(html).isEqualTo(dir.resolve("report.html"));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        json.fieldNames().forEachRemaining(f -> assertThat(DOCUMENTED).contains(f));
        assertThat(json.path("schemaVersion").asText()).isEqualTo(ReportDocument.SCHEMA_VERSION);
        assertThat(json.path("runs").get(0).path("steps").get(0).path("plan").path("actions").get(0)
                .path("statements").get(0).asText()).isEqualTo("ALTER TABLE AM_API ADD API_UUID VARCHAR(255)");
        assertThat(json.path("runs").get(0).path("steps").get(0).path("durationMillis").asLong()).isEqualTo(1500);
        String page = Files.readString(html);
        assertThat(page).contains("&lt;script&gt;", "add column &lt;b&gt;|x&lt;/b&gt;",
                        "ALTER TABLE AM_API ADD API_UUID VARCHAR(255);")
                .doesNotContain("<script", "<link", "http://", "https://");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("| 1 action(s) |", "| three \\| four |").contains("```\n-- a note");
        for (String file : List.of("report.json", "report.md", "report.html")) {
            assertThat(Files.readString(dir.resolve(file))).as(file).doesNotContain("Hunter2-Secret");
        }
    }

    private static RunReport blockedRun() {
        return new RunReport(Phase.PRE_CLIENT, RunReport.Mode.MIGRATE, List.of(StepReport.blocked(
                new StepReport.Subject("api-uuid-constraint", "API_UUID unique key", "apim_db (PostgreSQL 16)"),
                List.of(Finding.blocker(FindingCode.API_UUID_DUPLICATE, "two APIs share an API_UUID", "fix them")))),
                List.of());
    }

    @Test
    void aBlockedRunSaysBlockedAtTheTopEvenWithExitCodeZeroAndNeverDone() throws IOException {
        ReportRecorder recorder = new ReportRecorder("apim-migrate migrate --phase post-client");
        recorder.run(blockedRun());
        ReportDocument doc = recorder.build(0, "");
        assertThat(doc.outcome().status()).isEqualTo("BLOCKED");
        assertThat(doc.outcome().message()).contains("blockers");

        ReportFiles.write(dir, doc);
        assertThat(Files.readString(dir.resolve("report.md")).lines().findFirst().orElseThrow())
                .isEqualTo("# apim-migrate report: BLOCKED");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html.indexOf("BLOCKED")).isLessThan(html.indexOf("<table>"));
        assertThat(html).contains("<p class=\"outcome outcome-BLOCKED\">BLOCKED (exit code 0)");
    }

    @Test
    void failedChecksAreNeverDoneAndStatementsAreFoldedAway() throws IOException {
        ReportRecorder recorder = new ReportRecorder("apim-migrate verify");
        recorder.verify(new org.apimmigrate.check.VerificationResult(List.of(new org.apimmigrate.check.CheckResult(
                "api_uuid.unique", "No two APIs share an API_UUID", org.apimmigrate.api.step.DatabaseRole.APIM_DB,
                false, List.of("a / b / 1"))), List.of()));
        assertThat(recorder.build(0, "").outcome().status()).isEqualTo("CHECKS_FAILED");

        ReportRecorder migrate = new ReportRecorder("apim-migrate migrate --phase pre-client");
        StepPlan plan = new StepPlan(List.of(new StepPlan.Action("add", List.of("ALTER TABLE AM_API ADD X INT"))),
                List.of());
        migrate.run(new RunReport(Phase.PRE_CLIENT, RunReport.Mode.MIGRATE, List.of(StepReport.done(
                new StepReport.Subject("am-db-schema-upgrade", "WSO2AM_DB", "apim_db (PostgreSQL 16)"), plan,
                new StepOutcome(1, 0, List.of()), Duration.ofMillis(10), Optional.empty())), List.of()));
        ReportFiles.write(dir, migrate.build(0, ""));
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<details><summary>SQL of "
                + "am-db-schema-upgrade on apim_db (PostgreSQL 16) (1 statement(s))</summary>");
        assertThat(Files.readString(dir.resolve("report.md"))).contains("<details><summary>SQL of");
    }

    @Test
    void eachRunGetsItsOwnFolderAndAnUnwritableOneStopsBeforeAnything() throws IOException {
        Path first = ReportFolder.prepare(dir, "migrate", false);
        Path second = ReportFolder.prepare(dir, "migrate", false);
        assertThat(first).isDirectory().isNotEqualTo(second);
        assertThat(second).isDirectory();
        assertThat(first.getFileName().toString()).matches("\\d{8}T\\d{6}Z-migrate");
        assertThat(ReportFolder.prepare(dir, "migrate", true)).isEqualTo(dir);

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportFolder.prepare(file, "migrate", true))
                .isInstanceOf(org.apimmigrate.runner.Failure.class)
                .hasMessageContaining("nothing was changed")
                .satisfies(e -> assertThat(((org.apimmigrate.runner.Failure) e).exitCode()).isEqualTo(2));
    }

    @Test
    void reportGathersWhatEarlierRunsInTheSameFolderDid() throws IOException {
        ReportRecorder repair = new ReportRecorder("apim-migrate repair-api-uuid");
        repair.repair(List.of(new org.apimmigrate.repair.ApiUuidRepair.Assignment("admin", "Pizza", "1.0", "u-1",
                "PUBLISHED", org.apimmigrate.repair.ApiUuidRepair.Action.SET)), false);
        ReportFiles.write(ReportFolder.prepare(dir, "repair-api-uuid", false), repair.build(0, ""));

        Path mine = ReportFolder.prepare(dir, "report", false);
        EarlierReports earlier = EarlierReports.in(dir, mine);
        ReportRecorder report = new ReportRecorder("apim-migrate report");
        report.earlier(earlier.reports(), earlier.folders());
        ReportDocument doc = report.build(0, "");
        assertThat(doc.history()).extracting(ReportDocument.HistoryEntry::command)
                .containsExactly("apim-migrate repair-api-uuid");
        assertThat(doc.repairs()).flatExtracting(ReportDocument.Repair::assignments)
                .extracting(ReportDocument.Assignment::uuid).containsExactly("u-1");
    }
}
