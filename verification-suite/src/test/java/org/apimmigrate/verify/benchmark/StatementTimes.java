package org.apimmigrate.verify.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;

/**
 * Where a run's time goes: each statement the steps run, timed from its start to its end on the connection that ran it
 * (a step may run statements on two connections at once), so the slowest can be printed beside the totals. As a run
 * listener it also marks what runs outside the statements: the start of a phase up to its fingerprint, the fingerprint
 * before the phase (from its start to the first step's), each step's work before its first statement (checks,
 * journal, plan, row counts), and what follows the phase's last step (the fingerprint after the phase, closing the
 * sessions). A step's work between and after its statements (row counts, commit, journal) is in neither. Fingerprint
 * time is summed for the share of the phase. It also keeps the run's timeline: each of these parts with its start and
 * end from the start of its phase and the connection (thread) it ran on, to see what ran beside what.
 */
final class StatementTimes implements StatementInterceptor, RunListener {

    private record Timed(String what, String on, long startNanos, boolean fingerprint) {
    }

    /** The part outside the statements now running, if any. */
    private Timed mark;
    /** The statements started and not yet ended, by their number in the run. */
    private final Map<Integer, Timed> running = new HashMap<>();
    private final List<String> finished = new ArrayList<>();
    private final List<String> timeline = new ArrayList<>();
    private long fingerprintNanos;
    private long phaseStartNanos;

    @Override
    public synchronized void before(String stepId, int ordinal, String statement) {
        long now = System.nanoTime();
        closeMark(now);
        running.put(ordinal, new Timed(statement, Thread.currentThread().getName(), now, false));
    }

    @Override
    public synchronized void after(String stepId, int ordinal, String statement) {
        Timed t = running.remove(ordinal);
        if (t != null) {
            record(t, System.nanoTime());
        }
    }

    @Override
    public synchronized void stepStarted(String stepId, String title) {
        mark(stepId.equals("fingerprint") ? "[fingerprint before the phase]"
                : "[" + stepId + " before its first statement: checks, journal, plan, counts]", stepId.equals("fingerprint"));
    }

    /** Nothing runs between a step's end and the next one's start: what follows the last step is the fingerprint. */
    @Override
    public synchronized void stepFinished(StepReport report) {
        mark("[after " + report.subject().stepId() + ": fingerprint after the phase, sessions closed]", true);
    }

    /** A phase begins: what it does before the fingerprint (privileges, lock, journal, the steps' checks). */
    synchronized void phaseStarted() {
        phaseStartNanos = System.nanoTime();
        mark("[phase start: privileges, lock, journals, checks]", false);
    }

    /** Ends the part still open (call when a phase is over). */
    synchronized void end() {
        closeMark(System.nanoTime());
    }

    /** Seconds spent fingerprinting so far (before and after each phase); call {@link #end} first. */
    synchronized double fingerprintSeconds() {
        return fingerprintNanos / 1e9;
    }

    private void mark(String what, boolean fingerprint) {
        long now = System.nanoTime();
        closeMark(now);
        mark = new Timed(what, Thread.currentThread().getName(), now, fingerprint);
    }

    private void closeMark(long now) {
        if (mark != null) {
            if (mark.fingerprint()) {
                fingerprintNanos += now - mark.startNanos();
            }
            record(mark, now);
            mark = null;
        }
    }

    private void record(Timed t, long now) {
        String oneLine = t.what().replaceAll("\\s+", " ");
        String shown = oneLine.substring(0, Math.min(110, oneLine.length()));
        finished.add(String.format(Locale.ROOT, "%8.2f s  %s", (now - t.startNanos()) / 1e9, shown));
        timeline.add(String.format(Locale.ROOT, "%6.2f %6.2f  %s: %s", (t.startNanos() - phaseStartNanos) / 1e9,
                (now - phaseStartNanos) / 1e9, t.on(), shown));
    }

    /** Every part recorded so far, in the order each ended: seconds from its phase's start to its start and end. */
    synchronized List<String> timeline() {
        return List.copyOf(timeline);
    }

    /** The {@code n} slowest statements, slowest first. */
    synchronized List<String> slowest(int n) {
        return finished.stream().sorted(Comparator.reverseOrder()).limit(n).toList();
    }
}
