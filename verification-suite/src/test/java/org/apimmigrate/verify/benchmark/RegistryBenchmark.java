package org.apimmigrate.verify.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.fingerprint.Fingerprinter;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.Engines;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.registry.ExpectedRegistry;
import org.apimmigrate.verify.registry.RegistryFixture;
import org.junit.jupiter.api.Test;

/**
 * The registry clean-up and re-index at scale, per engine and size, on identical fresh copies of one generated
 * registry: (a) the guide's SQL as written, under a time limit; (b) the toolkit's two steps as {@code migrate} runs
 * them; (c) the one-pass bound (CREATE TABLE AS of the survivors). Checks that (b) keeps exactly the bound's rows and
 * every non-versioned row, and records what (a) lost. Prints a table (also written to
 * {@code target/benchmark/registry.md}). Run by the {@code benchmark} profile only; see README.
 */
class RegistryBenchmark {

    private static final String BOUND = "org/apimmigrate/verify/benchmark/bound/";
    private static final String TUNE = "org/apimmigrate/verify/benchmark/tune/";

    private final List<BenchmarkRow> rows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void registryAtScale() throws IOException {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        for (String vendor : settings.vendors()) {
            Optional<Engine> engine = Engines.forVendor(vendor).stream().findFirst();
            if (engine.isEmpty()) {
                System.out.println("[benchmark] " + vendor + ": no engine here (" + Engines.whyUnavailable(vendor) + ")");
                continue;
            }
            for (int size : settings.sizes()) {
                if (vendor.equals("h2") && size > settings.h2MaxSize()) {
                    continue;
                }
                BenchmarkRow row = measure(engine.get(), size, settings);
                rows.add(row);
                System.out.println("[benchmark] " + row.line());
            }
        }
        String table = BenchmarkRow.table(rows, settings);
        System.out.println(table);
        Path out = Path.of(System.getProperty("bench.out", "target/benchmark/registry.md"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(problems).as("benchmark checks").isEmpty();
    }

    private BenchmarkRow measure(Engine engine, int size, BenchmarkSettings settings) {
        String label = engine.version() + ", " + size;
        GeneratorSettings data = GeneratorSettings.registryScale(BenchmarkSettings.resources(size));
        RegistryFixture[] holder = new RegistryFixture[1];
        double generated = Timing.time(() -> holder[0] = RegistryFixture.generate(engine, data));
        RegistryFixture base = holder[0];
        SqlSections tune = SqlSections.read(TUNE + base.vendor.id() + ".sql");
        execute(base.shared, tune.find("tune").orElse(List.of()));
        Optional<List<String>> counters = tune.find("counters");
        settle(base);
        long rrp = Fingerprint.count(base.shared, "SELECT COUNT(*) FROM REG_RESOURCE_PROPERTY");
        long log = Fingerprint.count(base.shared, "SELECT COUNT(*) FROM REG_LOG");
        long nonVersioned = Fingerprint.count(base.shared,
                "SELECT COUNT(*) FROM REG_RESOURCE_PROPERTY WHERE REG_VERSION IS NULL");
        Map<String, String> nonVersionedRows = ExpectedRegistry.nonVersioned(base.shared);
        // one of the four fingerprints a phase takes (before and after, each database); read-only
        double fingerprint = Timing.time(() -> base.shared.jdbi().useHandle(h -> Fingerprinter.of(h, base.vendor)
                .ifPresent(f -> f.before(Phase.PRE_CLIENT))));
        System.out.printf("[benchmark] %s: fingerprint of every SHARED_DB table in %s s%n", label,
                Timing.seconds(fingerprint));
        System.out.printf("[benchmark] %s: generated %d REG_RESOURCE_PROPERTY rows (%d non-versioned), %d REG_LOG rows"
                + " in %s s%n", label, rrp, nonVersioned, log, Timing.seconds(generated));

        // (a) the guide's SQL as written
        RegistryFixture a = fresh(base);
        GuideScript.Outcome guideCleanup = GuideScript.run(a.shared, a.vendor, "registry-versioning-cleanup",
                settings.cleanupLimit());
        long nonVersionedLeft = Fingerprint.count(a.shared,
                "SELECT COUNT(*) FROM REG_RESOURCE_PROPERTY WHERE REG_VERSION IS NULL");
        GuideScript.Outcome guideReindex = GuideScript.run(a.shared, a.vendor, "reg-index", settings.reindexLimit());
        if (!guideCleanup.limitReached() && nonVersionedLeft >= nonVersioned) {
            problems.add(label + ": the guide's clean-up kept the non-versioned rows (" + nonVersionedLeft + ")");
        }
        drop(base, a);

        // (b) the toolkit's steps, as migrate runs them, in a process of their own where the engine is a server, and
        // (c) the one-pass bound, each on a fresh copy, alternating run by run so the machine's moods fall on both;
        // the medians are reported, the checks made on the first pair
        List<ToolProcess.Result> toolkitRuns = new ArrayList<>();
        List<ToolProcess.Result> bareRuns = new ArrayList<>();
        List<double[]> boundRuns = new ArrayList<>();
        SqlSections bound = SqlSections.read(BOUND + base.vendor.id() + ".sql");
        for (int run = 0; run < settings.repeats(); run++) {
            RegistryFixture b = fresh(base);
            Observed<ToolProcess.Result> toolkitRun = observe(b, counters, () -> runSteps(b, true));
            ToolProcess.Result toolkit = toolkitRun.result();
            if (run == 0) {
                System.out.println("[benchmark] " + label + ": the toolkit's slowest statements:\n"
                        + String.join("\n", toolkit.slowest()));
            }
            if (!toolkit.succeeded()) {
                problems.add(label + ": the toolkit's run failed: " + toolkit.output());
            }
            toolkitRuns.add(toolkit);
            printRefusals(label, run, "b", toolkit);
            if (settings.timeline()) {
                System.out.println("[benchmark] " + label + ": run " + (run + 1) + ", the toolkit's timeline (start, "
                        + "end, connection: what), each phase from its start:\n"
                        + String.join("\n", toolkit.timeline()));
            }

            // (b0) the same without the fingerprints: what they cost the phase, beside the time they take themselves
            // (their scans also bring into the cache what the steps then read)
            RegistryFixture b0 = fresh(base);
            Observed<ToolProcess.Result> bareRun = observe(b0, counters, () -> runSteps(b0, false));
            ToolProcess.Result bare = bareRun.result();
            if (!bare.succeeded()) {
                problems.add(label + ": the toolkit's run without fingerprints failed: " + bare.output());
            }
            bareRuns.add(bare);
            printRefusals(label, run, "b0", bare);
            drop(base, b0);

            RegistryFixture c = fresh(base);
            List<String> boundStatements = new ArrayList<>();
            Observed<Double> boundRun = observe(c, counters, () -> Timing.time(() -> {
                for (ExpectedRegistry.Pair p : ExpectedRegistry.PAIRS) {
                    execute(c.shared, boundCleanup(bound, p, BOUND_PREFIX), boundStatements);
                }
            }));
            double boundCleanup = boundRun.result();
            // the same bound with the pairs shared between two connections, as the toolkit shares them: what the
            // second core gives a one-pass clean-up too. On the same copy (the bound only reads the real tables),
            // right after (c), so it meets warm caches: if anything, lower than it would be on a fresh copy
            double boundCleanupTwo = Timing.time(() -> onTwoConnections(c.shared, ExpectedRegistry.PAIRS.stream()
                    .map(p -> boundCleanup(bound, p, BOUND_PREFIX_TWO)).toList()));
            // the same bound on one connection with the session settings the toolkit gives its own joins, where it
            // gives any (bound/<vendor>.sql [toolkit's session]); on the same copy after (c2), so on warm caches too
            double boundCleanupTuned = bound.find(TOOLKIT_SESSION).map(session -> Timing.time(() -> execute(c.shared,
                    Stream.concat(session.stream(), ExpectedRegistry.PAIRS.stream()
                            .flatMap(p -> boundCleanup(bound, p, BOUND_PREFIX_TUNED).stream())).toList())))
                    .orElse(-1.0);
            double boundReindex = Timing.time(() -> execute(c.shared, bound.require("reindex")));
            boundRuns.add(new double[] {boundCleanup, boundReindex, boundCleanupTwo, boundCleanupTuned});
            System.out.printf(Locale.ROOT, "[benchmark] %s: run %d: clean-up b=%s b0=%s c=%s c2=%s cm=%s, reg-index "
                    + "b=%s b0=%s c=%s%n", label, run + 1, Timing.seconds(toolkit.preClientSeconds()),
                    Timing.seconds(bare.preClientSeconds()), Timing.seconds(boundCleanup),
                    Timing.seconds(boundCleanupTwo), BenchmarkRow.tuned(boundCleanupTuned),
                    Timing.seconds(toolkit.postClientSeconds()),
                    Timing.seconds(bare.postClientSeconds()), Timing.seconds(boundReindex));
            System.out.printf("[benchmark] %s: run %d: around them: b (both phases, its process %s s of CPU: %s); b0"
                    + " (both phases, %s s: %s); c (clean-up: %s)%n", label, run + 1, cpu(toolkit), toolkitRun.around(),
                    cpu(bare), bareRun.around(), boundRun.around());
            if (settings.timeline()) {
                System.out.println("[benchmark] " + label + ": run " + (run + 1) + ", the bound's statements (c):\n"
                        + String.join("\n", boundStatements));
            }
            if (run == 0) {
                check(label, b, c, nonVersionedRows);
            }
            drop(base, b);
            drop(base, c);
        }
        return new BenchmarkRow(engine.version(), size, rrp, log, generated, guideCleanup, guideReindex,
                nonVersioned - nonVersionedLeft,
                median(toolkitRuns.stream().mapToDouble(ToolProcess.Result::preClientSeconds)),
                median(toolkitRuns.stream().mapToDouble(ToolProcess.Result::postClientSeconds)),
                median(toolkitRuns.stream().mapToDouble(ToolProcess.Result::preClientFingerprint)),
                median(toolkitRuns.stream().mapToDouble(ToolProcess.Result::postClientFingerprint)),
                median(bareRuns.stream().mapToDouble(ToolProcess.Result::preClientSeconds)),
                median(bareRuns.stream().mapToDouble(ToolProcess.Result::postClientSeconds)),
                median(boundRuns.stream().mapToDouble(r -> r[0])), median(boundRuns.stream().mapToDouble(r -> r[2])),
                median(boundRuns.stream().mapToDouble(r -> r[3])), median(boundRuns.stream().mapToDouble(r -> r[1])),
                toolkitRuns.stream().mapToLong(ToolProcess.Result::peakHeapBytes).max().orElse(0),
                toolkitRuns.stream().mapToLong(ToolProcess.Result::peakRssBytes).max().orElse(0));
    }

    /** A measured run's result, and what the machine and the engine did around it. */
    private record Observed<T>(T result, String around) {
    }

    /**
     * Runs {@code run} between two readings of the machine's second core, counting what the engine and machine did
     * meanwhile ({@code counters}: the vendor's {@code [counters]} query, if any).
     */
    private static <T> Observed<T> observe(RegistryFixture f, Optional<List<String>> counters, Supplier<T> run) {
        double before = MachineCapacity.secondCore();
        EngineCounters counting = EngineCounters.start(f.shared, counters);
        T result = run.get();
        String meanwhile = counting.since();
        String capacity = MachineCapacity.describe(before, MachineCapacity.secondCore());
        return new Observed<>(result, capacity + "; " + meanwhile);
    }

    /** The CPU seconds of the tool's own process; "-" where the steps ran in this one (H2). */
    private static String cpu(ToolProcess.Result result) {
        return result.cpuSeconds() < 0 ? "-" : Timing.seconds(result.cpuSeconds());
    }

    /** The statements the engine refused for a moment in a toolkit run, which the tool then tried again. */
    private static void printRefusals(String label, int run, String which, ToolProcess.Result result) {
        result.output().lines().filter(line -> line.contains("refused for a moment")).forEach(line ->
                System.out.printf("[benchmark] %s: run %d (%s): %s%n", label, run + 1, which, line));
    }

    /** The middle value (the mean of the middle two where the count is even). */
    private static double median(DoubleStream values) {
        double[] v = values.sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** The toolkit's steps on {@code f}, with or without the fingerprints: in a JVM of their own, or here for H2. */
    private static ToolProcess.Result runSteps(RegistryFixture f, boolean fingerprinted) {
        return f.vendor.id().equals("h2") ? inThisProcess(f, fingerprinted)
                : ToolProcess.run(f.shared, f.vendor.id(), fingerprinted);
    }

    /**
     * H2 is embedded: its database file is open in this JVM, so the steps run here too, and the heap figure includes
     * H2's own page cache; no resident set of the tool alone exists to report.
     */
    private static ToolProcess.Result inThisProcess(RegistryFixture b, boolean fingerprinted) {
        StepContext.MigrationOptions options = ToolProcess.options(fingerprinted);
        double[] phases = new double[2];
        double[] fingerprints = new double[2];
        List<RunReport> reports = new ArrayList<>();
        StatementTimes times = new StatementTimes();
        Timing.Measured measured = Timing.withPeakHeap(() -> {
            times.phaseStarted();
            phases[0] = Timing.time(() -> reports.add(b.migrator(options, times, times).migrate(Phase.PRE_CLIENT)));
            times.end();
            fingerprints[0] = times.fingerprintSeconds();
            times.phaseStarted();
            phases[1] = Timing.time(() -> reports.add(b.migrator(options, times, times).migrate(Phase.POST_CLIENT)));
            times.end();
            fingerprints[1] = times.fingerprintSeconds() - fingerprints[0];
        });
        return new ToolProcess.Result(phases[0], phases[1], fingerprints[0], fingerprints[1], measured.peakHeapBytes(), 0,
                reports.stream().allMatch(RunReport::succeeded), times.slowest(12), times.timeline(),
                RegistryFixture.describe(reports), -1);
    }

    /** (b) holds exactly the rows (c) wrote, and every row written without versioning as it was. */
    private void check(String label, RegistryFixture b, RegistryFixture c, Map<String, String> nonVersionedRows) {
        for (ExpectedRegistry.Pair p : ExpectedRegistry.PAIRS) {
            same(label, p.association(), Fingerprint.association(b.shared, p.association(), p.idColumn()),
                    Fingerprint.association(c.shared, BOUND_PREFIX + p.shortName() + "_A", p.idColumn()));
            same(label, p.value(), Fingerprint.value(b.shared, p.value()),
                    Fingerprint.value(c.shared, BOUND_PREFIX + p.shortName() + "_V"));
        }
        same(label, "REG_LOG", Fingerprint.log(b.shared, "REG_LOG"), Fingerprint.log(c.shared, BOUND_PREFIX + "LOG"));
        if (!ExpectedRegistry.nonVersioned(b.shared).equals(nonVersionedRows)) {
            problems.add(label + ": the toolkit changed rows written without versioning");
        }
    }

    private void same(String label, String table, String toolkit, String bound) {
        if (!toolkit.equals(bound)) {
            problems.add(label + ": " + table + " holds " + toolkit + " but the survivors are " + bound);
        }
    }

    /** A fresh copy of the base, with fresh optimizer statistics, on an engine that has written the copy out. */
    private static RegistryFixture fresh(RegistryFixture base) {
        RegistryFixture copy = base.copy();
        settle(copy);
        quiesce(copy);
        return copy;
    }

    /**
     * The engine's {@code [quiesce]} statements ({@code tune/<vendor>.sql}); where it gives a {@code [dirty pages]}
     * query, that is polled until few are left (at most two minutes), then {@code [quiesced]} puts the setting back.
     */
    private static void quiesce(RegistryFixture f) {
        SqlSections tune = SqlSections.read(TUNE + f.vendor.id() + ".sql");
        execute(f.shared, tune.find("quiesce").orElse(List.of()));
        tune.find("dirty pages").ifPresent(query -> {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            long dirty;
            while ((dirty = Fingerprint.count(f.shared, query.get(0))) > QUIESCED_DIRTY_PAGES
                    && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (dirty > QUIESCED_DIRTY_PAGES) {
                System.out.printf("[benchmark] %d dirty pages still left after two minutes%n", dirty);
            }
        });
        execute(f.shared, tune.find("quiesced").orElse(List.of()));
        tune.find("backlog").ifPresent(query -> System.out.printf("[benchmark] the engine's backlog before the run"
                + " (%s): %s%n", BACKLOG_COLUMNS, Fingerprint.of(f.shared, query.get(0))));
    }

    /** What the {@code [backlog]} query gives, in its order. */
    private static final String BACKLOG_COLUMNS =
            "undo logs purge has still to clean up, bytes of redo since the checkpoint";

    /** Pages the engine's own background work may keep dirty on an idle database. */
    private static final long QUIESCED_DIRTY_PAGES = 64;

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the engine wrote its pages out", e);
        }
    }

    /** Up-to-date statistics, as a database in service has them. */
    private static void settle(RegistryFixture f) {
        switch (f.vendor.id()) {
            case "postgresql" -> execute(f.shared, List.of("VACUUM ANALYZE"));
            case "mysql" -> execute(f.shared, ExpectedRegistry.PAIRS.stream().flatMap(p -> List.of(p.association(),
                    p.value()).stream()).map(t -> "ANALYZE TABLE " + t).toList());
            default -> execute(f.shared, List.of("ANALYZE"));
        }
    }

    /** Frees the disk of a copy: dropped from a connection to the base (H2 files are left to the build directory). */
    private static void drop(RegistryFixture base, RegistryFixture copy) {
        if (!copy.vendor.id().equals("h2")) {
            execute(base.shared, List.of("DROP DATABASE " + copy.shared.name()));
        }
    }

    /** The work tables of the bound ({@code bound/<vendor>.sql}) and of the bound on two connections. */
    private static final String BOUND_PREFIX = "BENCH_BOUND_";
    private static final String BOUND_PREFIX_TWO = "BENCH_BOUND2_";
    private static final String BOUND_PREFIX_TUNED = "BENCH_BOUNDM_";
    /** The bound's section with the session settings the toolkit's clean-up gives its own joins. */
    private static final String TOOLKIT_SESSION = "toolkit's session";

    /** The bound's clean-up of one pair, its work tables named with {@code prefix}. */
    private static List<String> boundCleanup(SqlSections bound, ExpectedRegistry.Pair pair, String prefix) {
        return bound.require("cleanup").stream()
                .map(s -> SqlResource.fill(s, pair.slots()).replace(BOUND_PREFIX, prefix)).toList();
    }

    /** Each list of statements on a connection of its own, two at a time, each taking the next as it finishes one. */
    private static void onTwoConnections(TestDatabase db, List<List<String>> work) {
        ConcurrentLinkedQueue<List<String>> queue = new ConcurrentLinkedQueue<>(work);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> lanes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                lanes.add(pool.submit(() -> {
                    for (List<String> next = queue.poll(); next != null; next = queue.poll()) {
                        execute(db, next);
                    }
                }));
            }
            for (Future<?> lane : lanes) {
                lane.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void execute(TestDatabase db, List<String> statements) {
        execute(db, statements, new ArrayList<>());
    }

    /** Runs {@code statements} on one connection, adding each one's seconds and first words to {@code times}. */
    private static void execute(TestDatabase db, List<String> statements, List<String> times) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String sql : statements) {
                long start = System.nanoTime();
                st.execute(sql);
                String oneLine = sql.replaceAll("\\s+", " ").strip();
                times.add(String.format(Locale.ROOT, "%8s s  %s", Timing.seconds((System.nanoTime() - start) / 1e9),
                        oneLine.substring(0, Math.min(oneLine.length(), 110))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
