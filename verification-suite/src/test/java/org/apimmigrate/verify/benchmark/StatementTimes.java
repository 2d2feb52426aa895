package org.apimmigrate.verify.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apimmigrate.run.StatementInterceptor;

/**
 * Where a run's time goes: each statement the steps run, timed from its start to the start of the next one (or to
 * {@link #end}), so the slowest can be printed beside the totals.
 */
final class StatementTimes implements StatementInterceptor {

    private record Timed(String sql, long startNanos) {
    }

    private final List<Timed> started = new ArrayList<>();
    private final List<String> finished = new ArrayList<>();

    @Override
    public synchronized void before(String stepId, int ordinal, String statement) {
        close(System.nanoTime());
        started.add(new Timed(statement, System.nanoTime()));
    }

    /** Ends the statement still running (call when a phase is over). */
    synchronized void end() {
        close(System.nanoTime());
    }

    private void close(long now) {
        if (started.size() > finished.size()) {
            Timed t = started.get(started.size() - 1);
            finished.add(String.format(Locale.ROOT, "%8.2f s  %s", (now - t.startNanos()) / 1e9,
                    t.sql().replaceAll("\\s+", " ").substring(0, Math.min(110, t.sql().replaceAll("\\s+", " ")
                            .length()))));
        }
    }

    /** The {@code n} slowest statements, slowest first. */
    synchronized List<String> slowest(int n) {
        return finished.stream().sorted(Comparator.reverseOrder()).limit(n).toList();
    }
}
