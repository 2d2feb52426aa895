package org.apimmigrate.runner.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.run.StepReport;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private final StringWriter text = new StringWriter();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-01-01T00:00:00Z"));

    private ProgressPrinter printer(boolean terminal) {
        return new ProgressPrinter(new Out(new PrintWriter(text)), terminal, now::get);
    }

    private void advance(Duration d) {
        now.set(now.get().plus(d));
    }

    @Test
    void withoutATerminalPrintsPlainLinesAtIntervalsWithTheTimeLeft() {
        ProgressPrinter p = printer(false);
        p.stepStarted("registry-versioning-cleanup", "Registry clean-up");
        for (int done = 1; done <= 10; done++) {
            advance(Duration.ofSeconds(3));
            p.progress("registry-versioning-cleanup", done, 10);
        }
        p.stepFinished(StepReport.done(new StepReport.Subject("registry-versioning-cleanup", "t", "shared_db"),
                new StepPlan(List.of(), List.of()), new StepOutcome(10, 1234, List.of()), Duration.ofSeconds(30),
                Optional.empty()));

        List<String> lines = text.toString().lines().toList();
        assertThat(lines).first().isEqualTo("-> registry-versioning-cleanup: Registry clean-up");
        assertThat(lines).contains("   2 of 10 done (20%), about 24 s left", "   10 of 10 done (100%)",
                "   DONE in 30 s: 10 statement(s), 1234 row(s)");
        assertThat(lines).as("one line per 5 s at most, plus the last").hasSize(1 + 5 + 1);
        assertThat(text.toString()).doesNotContain("\r");
    }

    @Test
    void onATerminalRedrawsOneLineInPlace() {
        ProgressPrinter p = printer(true);
        p.stepStarted("am-db-schema-upgrade", "schema");
        advance(Duration.ofSeconds(4));
        p.progress("am-db-schema-upgrade", 1, 4);
        p.progress("am-db-schema-upgrade", 2, 4);
        p.stepFinished(StepReport.done(new StepReport.Subject("am-db-schema-upgrade", "t", "apim_db"),
                new StepPlan(List.of(), List.of()), new StepOutcome(4, 0, List.of()), Duration.ofSeconds(5),
                Optional.empty()));
        assertThat(text.toString()).contains("\r   1 of 4 done (25%), about 12 s left", "\r   2 of 4 done (50%)")
                .contains("\n   DONE in 5.0 s");
    }
}
