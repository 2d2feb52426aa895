package org.apimmigrate.runner.preflight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.dialect.common.SqlResource;

/**
 * A rough time per step: a fixed cost per statement plus the rows of the tables the step works through, at measured
 * rates ({@code org/apimmigrate/runner/preflight/estimates.txt}, which says where each comes from).
 */
final class Estimates {

    private static final double SECONDS_PER_STATEMENT = 0.05;
    private static final Map<String, Rate> RATES = read();

    private record Rate(long rowsPerSecond, List<String> tables) {
    }

    private Estimates() {
    }

    /** Every table whose rows an estimate uses, in file order. */
    static Set<String> tables() {
        Set<String> out = new LinkedHashSet<>();
        RATES.values().forEach(r -> out.addAll(r.tables()));
        return out;
    }

    static Duration of(StepReport step, Map<String, Long> rowCounts) {
        int statements = step.plan() == null ? 0 : step.plan().statementCount();
        Rate rate = RATES.get(step.stepId());
        long rows = rate == null ? 0 : rate.tables().stream().mapToLong(t -> rowCounts.getOrDefault(t, 0L)).sum();
        double seconds = statements * SECONDS_PER_STATEMENT + (rate == null ? 0 : (double) rows / rate.rowsPerSecond());
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static Map<String, Rate> read() {
        Map<String, Rate> out = new LinkedHashMap<>();
        for (String line : SqlResource.read("org/apimmigrate/runner/preflight/estimates.txt").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\|");
            out.put(f[0], new Rate(Long.parseLong(f[1]), new ArrayList<>(List.of(f[2].split(",")))));
        }
        return out;
    }
}
