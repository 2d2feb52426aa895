package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's main command: {@code java -jar apim-migrate-demo.jar demo} needs nothing but the build, and ends verified. */
class DemoIT {

    @TempDir
    Path tmp;

    @Test
    void demoRunsTheWholeUpgradeOnAnEmbeddedDatabaseAndWritesTheReport() throws IOException {
        Path reports = tmp.resolve("demo-report");
        RunnerProcess.Result demo = RunnerProcess.of("demo", "--report-dir", reports.toString()).jar(RunnerProcess.demoJar())
                .timeout(Duration.ofMinutes(3)).in(tmp).run();

        assertThat(demo.exitCode()).as(demo.describe()).isZero();
        assertThat(demo.stdout()).contains("Preflight, phase pre-client", "Phase pre-client: done",
                "repair-api-uuid", "Phase post-client: done", "All 22 checks passed", "Demo finished in",
                "Report: " + reports.resolve("report.html").toAbsolutePath());
        assertThat(demo.stderr()).as("nothing logged at warning level").isBlank();
        assertThat(reports.resolve("report.html")).isRegularFile();
        assertThat(reports.resolve("report.md")).isRegularFile();

        JsonNode json = new ObjectMapper().readTree(reports.resolve("report.json").toFile());
        assertThat(json.path("outcome").path("status").asText()).isEqualTo("DONE");
        assertThat(json.path("runs")).hasSize(2);
        assertThat(json.path("runs").findValuesAsText("status")).containsOnly("DONE");
        assertThat(json.path("repairs").get(0).path("counts").path("SET").asLong()).isPositive();
        assertThat(json.path("verify").path("passed").asBoolean()).isTrue();
        assertThat(Files.readString(reports.resolve("report.html"))).contains("<style>")
                .doesNotContain("<script", "<link", "src=\"http");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("the demo cleans up after itself")
                    .containsExactly("demo-report");
        }
    }
}
