package org.apimmigrate.verify.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;

/**
 * Where a run's time goes: each statement the steps run, timed from its start to the start of the next one (or to
 * {@link #end}), so the slowest can be printed beside the totals. As a run listener it also marks what runs outside
 * the statements: the start of a phase up to its fingerprint, the fingerprint before the phase (from its start to the first step's), each step's work before its
 * first statement (checks, journal, plan, row counts), and what follows the phase's last step (the fingerprint after
 * the phase, closing the sessions). The time of a step's last statement still includes what the step does after it
 * (row counts, commit, journal). Fingerprint time is summed for the share of the phase.
 */
final class StatementTimes implements StatementInterceptor, RunListener {

    private record Timed(String what, long startNanos, boolean fingerprint) {
    }

    private final List<Timed> started = new ArrayList<>();
    private final List<String> finished = new ArrayList<>();
    private long fingerprintNanos;

    @Override
    public synchronized void before(String stepId, int ordinal, String statement) {
        open(statement, false);
    }

    @Override
    public synchronized void stepStarted(String stepId, String title) {
        open(stepId.equals("fingerprint") ? "[fingerprint before the phase]"
                : "[" + stepId + " before its first statement: checks, journal, plan, counts]", stepId.equals("fingerprint"));
    }

    /** Nothing runs between a step's end and the next one's start: what follows the last step is the fingerprint. */
    @Override
    public synchronized void stepFinished(StepReport report) {
        open("[after " + report.subject().stepId() + ": fingerprint after the phase, sessions closed]", true);
    }

    /** A phase begins: what it does before the fingerprint (privileges, lock, journal, the steps' checks). */
    synchronized void phaseStarted() {
        open("[phase start: privileges, lock, journals, checks]", false);
    }

    /** Ends the statement still running (call when a phase is over). */
    synchronized void end() {
        close(System.nanoTime());
    }

    /** Seconds spent fingerprinting so far (before and after each phase); call {@link #end} first. */
    synchronized double fingerprintSeconds() {
        return fingerprintNanos / 1e9;
    }

    private void open(String what, boolean fingerprint) {
        long now = System.nanoTime();
        close(now);
        started.add(new Timed(what, now, fingerprint));
    }

    private void close(long now) {
        if (started.size() > finished.size()) {
            Timed t = started.get(started.size() - 1);
            if (t.fingerprint()) {
                fingerprintNanos += now - t.startNanos();
            }
            String oneLine = t.what().replaceAll("\\s+", " ");
            finished.add(String.format(Locale.ROOT, "%8.2f s  %s", (now - t.startNanos()) / 1e9,
                    oneLine.substring(0, Math.min(110, oneLine.length()))));
        }
    }

    /** The {@code n} slowest statements, slowest first. */
    synchronized List<String> slowest(int n) {
        return finished.stream().sorted(Comparator.reverseOrder()).limit(n).toList();
    }
}
