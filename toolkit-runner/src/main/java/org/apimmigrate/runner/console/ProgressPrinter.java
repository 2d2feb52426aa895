package org.apimmigrate.runner.console;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StepReport;

/**
 * Shows a run as it goes: each step as it starts and ends, and for long steps the units done of all and the time
 * left. On a terminal the progress line is redrawn in place; otherwise (a pipe, a log file) plain lines are printed,
 * at most one every {@link #PLAIN_INTERVAL}.
 */
public final class ProgressPrinter implements RunListener {

    static final Duration PLAIN_INTERVAL = Duration.ofSeconds(5);
    /** Below this a step counts as short: no time left is shown. */
    private static final Duration LONG_STEP = Duration.ofSeconds(2);

    private final Out out;
    private final boolean terminal;
    private final Supplier<Instant> clock;
    private Instant stepStart = Instant.EPOCH;
    private Instant lastPlain = Instant.EPOCH;
    private boolean lineOpen;

    public ProgressPrinter(Out out, boolean terminal, Supplier<Instant> clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    public static ProgressPrinter forConsole(Out out) {
        return new ProgressPrinter(out, System.console() != null, Instant::now);
    }

    @Override
    public synchronized void stepStarted(String stepId, String title) {
        closeLine();
        stepStart = clock.get();
        lastPlain = stepStart;
        out.line("-> " + stepId + ": " + title);
    }

    @Override
    public synchronized void progress(String what, long done, long total) {
        Instant now = clock.get();
        Duration elapsed = Duration.between(stepStart, now);
        String text = "   " + done + (total > 0 ? " of " + total : "") + " done"
                + (total > 0 ? " (" + (done * 100 / total) + "%)" : "") + timeLeft(elapsed, done, total);
        if (terminal) {
            out.partial("\r" + text + "    ");
            lineOpen = true;
        } else if (done == total || Duration.between(lastPlain, now).compareTo(PLAIN_INTERVAL) >= 0) {
            out.line(text);
            lastPlain = now;
        }
    }

    private static String timeLeft(Duration elapsed, long done, long total) {
        if (done <= 0 || total <= 0 || done >= total || elapsed.compareTo(LONG_STEP) < 0) {
            return "";
        }
        return ", about " + Durations.format(elapsed.multipliedBy(total - done).dividedBy(done)) + " left";
    }

    /** A wait for another session's lock is always its own plain line: the run looks stalled otherwise. */
    @Override
    public synchronized void waiting(String stepId, String message) {
        closeLine();
        out.line("   waiting: " + message);
    }

    @Override
    public synchronized void stepFinished(StepReport report) {
        closeLine();
        String counts = report.outcome() == null ? "" : ": " + report.outcome().statementsRun() + " statement(s), "
                + report.outcome().rowsAffected() + " row(s)";
        out.line("   " + report.state() + " in " + Durations.format(report.duration()) + counts);
    }

    private void closeLine() {
        if (lineOpen) {
            out.line();
            lineOpen = false;
        }
    }
}
