package org.apimmigrate.runner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StepReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report as a browser shows it: rendered by headless Chromium through {@code scripts/report-screenshot.sh} (only
 * where Chromium is installed), the page keeps every line inside its column: long unbroken values (URLs, statement
 * details, schema differences) wrap instead of running past the right margin.
 */
@EnabledIf("chromiumInstalled")
class ReportInBrowserTest {

    private static final int WIDTH = 1280;
    private static final int MARGIN = 30;

    @TempDir
    Path dir;

    static boolean chromiumInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) || Files.isExecutable(Path.of("/usr/bin/chromium-browser"));
    }

    @Test
    void longValuesWrapInsideThePage() throws IOException, InterruptedException {
        String unbroken = "x".repeat(400);
        ReportRecorder recorder = new ReportRecorder("apim-migrate migrate --phase pre-client --apim-home /opt/"
                + unbroken);
        recorder.run(new RunReport(Phase.PRE_CLIENT, RunReport.Mode.MIGRATE, List.of(StepReport.done(
                new StepReport.Subject("am-db-schema-upgrade", "WSO2AM_DB", "apim_db (PostgreSQL 16)"),
                new StepPlan(List.of(new StepPlan.Action("add", List.of("ALTER TABLE AM_API ADD " + unbroken))),
                        List.of()), new StepOutcome(1, 0, List.of(new StepOutcome.Note.ActionRows("note " + unbroken, 1))), Duration.ofMillis(5),
                Optional.of(JournalEntry.Status.RUNNING)), StepReport.failed(new StepReport.Subject("api-uuid-constraint",
                "key", "apim_db (PostgreSQL 16)"), Finding.blocker(FindingCode.STEP_FAILED, "detail " + unbroken,
                "do " + unbroken), Duration.ZERO, "failed: " + unbroken)), List.of()));
        List<String> diff = new ArrayList<>();
        diff.add("- COL|AM_API|" + unbroken);
        recorder.verify(new VerificationResult(List.of(new CheckResult("schema.apim_db", "WSO2AM_DB schema equals "
                + "4.0.0", DatabaseRole.APIM_DB, false, diff)), List.of()));
        Path html = ReportFiles.write(dir, recorder.build(1, ""));

        Path script = Path.of("").toAbsolutePath().getParent().resolve("scripts/report-screenshot.sh");
        Process p = new ProcessBuilder("sh", script.toString(), html.toString(), String.valueOf(WIDTH), "2000")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        String output = new String(p.getInputStream().readAllBytes()).strip();
        assertThat(p.exitValue()).as(output).isZero();
        // kept for a look: target/report-in-browser.png (and the page beside it)
        Files.copy(dir.resolve("report.png"), Path.of("target/report-in-browser.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(html, Path.of("target/report-in-browser.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedImage png = ImageIO.read(dir.resolve("report.png").toFile());
        assertThat(png.getWidth()).isEqualTo(WIDTH);
        assertThat(inkInRightMargin(png)).as("pixels drawn in the right margin: something runs past the page")
                .isZero();
        assertThat(inkAt(png, 0, WIDTH - MARGIN)).as("the page itself drew something").isPositive();
    }

    private static int inkInRightMargin(BufferedImage png) {
        return inkAt(png, png.getWidth() - MARGIN, png.getWidth());
    }

    /** Pixels that are not (nearly) white between two x positions, over the whole height. */
    private static int inkAt(BufferedImage png, int fromX, int toX) {
        int ink = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                int rgb = png.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 235 || g < 235 || b < 235) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
