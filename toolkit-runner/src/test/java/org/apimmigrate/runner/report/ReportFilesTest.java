package org.apimmigrate.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apimmigrate.api.finding.Finding;
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
            "generatedAt", "outcome", "databases", "runs", "repairs");

    @Test
    void writesJsonMarkdownAndSelfContainedHtmlWithEverythingEscapedAndNoSecret() throws IOException {
        Redactor.remember("Hunter2-Secret");
        ReportRecorder recorder = new ReportRecorder("apim-migrate migrate --phase pre-client");
        StepPlan plan = new StepPlan(List.of(new StepPlan.Action("add column <b>|x</b>",
                List.of("ALTER TABLE AM_API ADD API_UUID VARCHAR(255)"))), List.of("a note"));
        recorder.run(new RunReport(Phase.PRE_CLIENT, RunReport.Mode.MIGRATE, List.of(new StepReport(
                "am-db-schema-upgrade", "WSO2AM_DB", "apim_db (PostgreSQL 16)",
                StepReport.State.DONE, List.of(Finding.warning("W", "<script>alert(1)</script> Hunter2-Secret | pipe",
                "do x")), plan,
                new StepOutcome(1, 0, List.of("a | b")), Duration.ofMillis(1500), "one | two")), List.of()));

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
        assertThat(md).contains("| one \\| two |").contains("```\n-- a note");
        for (String file : List.of("report.json", "report.md", "report.html")) {
            assertThat(Files.readString(dir.resolve(file))).as(file).doesNotContain("Hunter2-Secret");
        }
    }
}
