package org.apimmigrate.verify.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * What the engine and the machine did while one measured run ran, to tell a slow run's cause from the run's own work:
 * the engine's cumulative counters ({@code [counters]} of {@code tune/<vendor>.sql}, rows of name and value) and the
 * seconds the machine's cores spent working, waiting for the disk or taken by its host (busy, iowait and steal of
 * /proc/stat).
 */
final class EngineCounters {

    /** The machine's CPU times of /proc/stat's first line, in ticks, by the name of their column. */
    private static final List<String> CPU_COLUMNS = List.of("user", "nice", "system", "idle", "iowait", "irq",
            "softirq", "steal");
    private static final List<String> CPU_SHOWN = List.of("iowait", "steal");
    /** The columns of CPU time spent working, summed as {@code busy}. */
    private static final List<String> CPU_BUSY = List.of("user", "nice", "system", "irq", "softirq");
    /** What {@link #cpu} reads, in ticks, shown in seconds. */
    private static final List<String> CPU_SECONDS = Stream.concat(Stream.of("busy"), CPU_SHOWN.stream()).toList();
    /** Linux reports /proc/stat in USER_HZ ticks, 100 per second on every common build. */
    private static final double TICKS_PER_SECOND = 100;

    private final TestDatabase db;
    private final Optional<String> query;
    private final Map<String, Long> before;

    private EngineCounters(TestDatabase db, Optional<String> query) {
        this.db = db;
        this.query = query;
        this.before = read();
    }

    /** Starts counting on {@code db} with the vendor's {@code [counters]} query, if it has one. */
    static EngineCounters start(TestDatabase db, Optional<List<String>> counters) {
        return new EngineCounters(db, counters.map(l -> l.get(0)));
    }

    /** Each counter's growth since {@link #start}, those that grew, as {@code name +n}. */
    String since() {
        Map<String, Long> after = read();
        return after.entrySet().stream().filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L))
                .map(e -> {
                    long grown = e.getValue() - before.getOrDefault(e.getKey(), 0L);
                    return CPU_SECONDS.contains(e.getKey())
                            ? e.getKey() + " +" + Timing.seconds(grown / TICKS_PER_SECOND) + " s"
                            : e.getKey() + " +" + grown;
                }).collect(Collectors.joining(", "));
    }

    private Map<String, Long> read() {
        Map<String, Long> values = new LinkedHashMap<>(cpu());
        query.ifPresent(q -> {
            try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q)) {
                while (rs.next()) {
                    values.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(q + ": " + e.getMessage(), e);
            }
        });
        return values;
    }

    private static Map<String, Long> cpu() {
        Map<String, Long> times = new LinkedHashMap<>();
        try {
            String[] first = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            times.put("busy", CPU_BUSY.stream().mapToLong(name -> Long.parseLong(first[CPU_COLUMNS.indexOf(name) + 1]))
                    .sum());
            for (String name : CPU_SHOWN) {
                int column = CPU_COLUMNS.indexOf(name) + 1;
                if (column < first.length) {
                    times.put(name, Long.parseLong(first[column]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no /proc here: the engine's counters alone
        }
        return times;
    }
}
