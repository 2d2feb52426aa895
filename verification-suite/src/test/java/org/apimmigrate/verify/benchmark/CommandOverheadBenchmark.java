package org.apimmigrate.verify.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.verify.cli.ApimHome;
import org.apimmigrate.verify.cli.RunnerProcess;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineTier;
import org.apimmigrate.verify.engine.Engines;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed cost of each command of the real jar on tiny data, per embedded engine: its wall time, the time of a JVM
 * that only prints the version (the baseline every command pays), and their difference; and the catalog reads a
 * {@code --verbose} run logs per database (one per database a phase touches; load-independent, unlike the times).
 * Each command runs {@code bench.repeats} times (default 3) and the median counts, except the first
 * {@code migrate --phase pre-client}, which runs once on fresh data. The tool starts as a user starts it: through the
 * distribution's launcher, and for {@code preflight} also with plain {@code java -jar} (no JVM options). Prints a
 * table (also written to {@code target/benchmark/commands.md}). Run by the {@code benchmark} profile only; see README.
 */
class CommandOverheadBenchmark {

    /** A catalog read, the first of the command for the database or a later one after a change. */
    private static final Pattern CATALOG_READ = Pattern.compile("\\[catalog\\] (\\w+)\\b.*schema read (from the catalog|again)");

    @TempDir
    Path tmp;

    private final List<String> problems = new ArrayList<>();

    /** One command's figures on one engine. */
    record Row(String engine, String command, List<Double> seconds, double baseline, Map<String, Long> catalogReads,
               int exitCode) {

        Row named(String other) {
            return new Row(engine, other, seconds, baseline, catalogReads, exitCode);
        }

        Row against(double otherBaseline) {
            return new Row(engine, command, seconds, otherBaseline, catalogReads, exitCode);
        }

        double median() {
            List<Double> sorted = seconds.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        String line() {
            return String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %s | %s | %d |", engine, command,
                    Timing.seconds(median()), baseline < 0 ? "-" : Timing.seconds(median() - baseline),
                    seconds.stream().map(Timing::seconds).collect(Collectors.joining(" ")),
                    catalogReads == null ? "-" : catalogReads.isEmpty() ? "0" : catalogReads.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), exitCode);
        }
    }

    @Test
    void fixedCostOfEachCommand() throws IOException {
        int repeats = Integer.getInteger("bench.repeats", 3);
        List<Row> rows = new ArrayList<>();
        for (String vendor : BenchmarkSettings.fromSystemProperties().vendors()) {
            Optional<Engine> engine = Engines.forVendor(vendor).stream().filter(e -> e.tier() == EngineTier.EMBEDDED)
                    .findFirst();
            if (engine.isEmpty()) {
                System.out.println("[benchmark] " + vendor + ": no embedded engine here");
                continue;
            }
            rows.addAll(measure(engine.get(), repeats));
        }
        String table = table(rows, repeats);
        System.out.println(table);
        Path out = Path.of(System.getProperty("bench.commandsOut", "target/benchmark/commands.md"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        assertThat(problems).as("benchmark checks").isEmpty();
    }

    private List<Row> measure(Engine engine, int repeats) {
        String label = engine.version();
        MigrationFixture fresh = new MigrationFixture(engine, GeneratorSettings.tiny());
        MigrationFixture forVerbose = fresh.copy();
        // the benchmark's own folder for the launcher's archive, one per engine as a user has one engine
        Path classCache = tmp.resolve(engine.vendorId() + "-class-cache");
        Jar jar = new Jar(home(fresh, "timed"), classCache);
        Jar verboseJar = new Jar(home(forVerbose, "verbose"), classCache);
        closeEmbedded(fresh);
        closeEmbedded(forVerbose);

        List<Row> rows = new ArrayList<>();
        List<String> registry = List.of("--registry-xml", jar.home.registryXml().toString());
        List<String> preClient = concat(List.of("migrate", "--phase", "pre-client"), registry);
        List<String> preflight = concat(List.of("preflight"), registry);
        // the first phase command writes the launcher's class-data archive, which every command after it (the
        // baseline too) starts with; each engine has a folder of its own, as a user has one engine
        Row first = jar.time(label, -1, 1, preflight, null).named("preflight (first: writes the class archive)");
        if (!holdsAnArchive(classCache)) {
            problems.add(label + ": the first preflight wrote no class-data archive into " + classCache
                    + ", so the rows said to start with one do not");
        }
        Row baseline = jar.time(label, -1, repeats, List.of("--version"), null);
        rows.add(baseline);
        double base = baseline.median();
        rows.add(first.against(base));
        rows.add(jar.time(label, base, repeats, List.of("status"), verboseJar));
        rows.add(jar.time(label, base, repeats, preflight, verboseJar));
        rows.add(jar.as(Start.LAUNCHER_WITHOUT_ARCHIVE).time(label, base, repeats, preflight, null)
                .named("preflight (no class archive)"));
        // the same preflight of the same jar without the launcher's options, against its own baseline
        Jar plain = jar.as(Start.PLAIN_JAVA_JAR);
        Row plainBaseline = plain.time(label, -1, repeats, List.of("--version"), null).named("--version (java -jar)");
        rows.add(plainBaseline);
        rows.add(plain.time(label, plainBaseline.median(), repeats, preflight, null).named("preflight (java -jar)"));
        rows.add(jar.time(label, base, 1, preClient, verboseJar));
        rows.add(jar.time(label, base, repeats, preClient, verboseJar).named("migrate --phase pre-client (again)"));
        rows.add(jar.time(label, base, repeats, List.of("verify"), verboseJar));
        rows.forEach(r -> System.out.println("[benchmark] " + r.line()));
        return rows;
    }

    /** How the tool is started. */
    private enum Start {
        /** Through the launcher, with its class-data archive in the benchmark's own cache folder. */
        LAUNCHER,
        /** Through the launcher with its class-data archive turned off. */
        LAUNCHER_WITHOUT_ARCHIVE,
        /** Plain {@code java -jar}: none of the launcher's options. */
        PLAIN_JAVA_JAR
    }

    /** The tool over one home, started one way. */
    private final class Jar {
        private final ApimHome home;
        private final Path classCache;
        private final Start start;

        Jar(ApimHome home, Path classCache) {
            this(home, classCache, Start.LAUNCHER);
        }

        private Jar(ApimHome home, Path classCache, Start start) {
            this.home = home;
            this.classCache = classCache;
            this.start = start;
        }

        Jar as(Start other) {
            return new Jar(home, classCache, other);
        }

        /**
         * The command {@code times} times, and once more with {@code --verbose} on the same state through
         * {@code verbose} (none: no count).
         */
        Row time(String engine, double baseline, int times, List<String> command, Jar verbose) {
            List<Double> seconds = new ArrayList<>();
            int exit = 0;
            for (int i = 0; i < times; i++) {
                RunnerProcess.Result r = run(command);
                seconds.add(r.took().toNanos() / 1e9);
                exit = r.exitCode();
                if (exit > 1) {
                    problems.add(engine + ": " + r.describe());
                }
            }
            Map<String, Long> reads = null;
            if (verbose != null) {
                RunnerProcess.Result r = verbose.run(concat(command, List.of("--verbose")));
                if (r.exitCode() != exit) {
                    problems.add(engine + ": the --verbose run ended otherwise: " + r.describe());
                }
                reads = catalogReads(r);
                reads.forEach((db, n) -> {
                    if (!db.endsWith(" again") && n > 1) {
                        problems.add(engine + ": " + String.join(" ", command) + " read the catalog of " + db + " " + n
                                + " times before anything changed");
                    }
                });
            }
            return new Row(engine, String.join(" ", command.stream().filter(a -> !a.startsWith("/")
                    && !a.equals("--registry-xml")).toList()), seconds, baseline, reads, exit);
        }

        RunnerProcess.Result run(List<String> command) {
            List<String> args = new ArrayList<>(command);
            if (!command.get(0).startsWith("--")) {
                args.addAll(List.of("--apim-home", home.home().toString()));
            }
            RunnerProcess process = RunnerProcess.of(args);
            RunnerProcess started = switch (start) {
                case LAUNCHER -> process.throughLauncher().env("APIM_MIGRATE_CLASS_CACHE", classCache.toString());
                case LAUNCHER_WITHOUT_ARCHIVE -> process.throughLauncher().env("APIM_MIGRATE_CLASS_CACHE", "");
                case PLAIN_JAVA_JAR -> process.asAUserStartsIt();
            };
            return started.run();
        }
    }


    /** Whether the launcher's archive (one {@code .jsa} file) is in the folder. */
    private static boolean holdsAnArchive(Path classCache) {
        try (Stream<Path> files = Files.list(classCache)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".jsa"));
        } catch (IOException e) {
            return false;
        }
    }

    private ApimHome home(MigrationFixture f, String name) {
        return ApimHome.write(tmp.resolve(f.engine.vendorId() + "-" + name), f.am, f.shared, f.am.user(),
                f.am.password(), true);
    }

    /**
     * An embedded H2 file is closed here, so that the jar opens it itself as a user's stopped server leaves it (else
     * it would reach this JVM's copy through AUTO_SERVER, and this JVM would do the database's work).
     */
    private static void closeEmbedded(MigrationFixture f) {
        if (f.vendor.id().equals("h2")) {
            for (TestDatabase db : List.of(f.am, f.shared)) {
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not close " + db.name(), e);
                }
            }
        }
    }

    /** Per database: its reads of the unchanged catalog, and as {@code <db> again} the reads after a change. */
    private static Map<String, Long> catalogReads(RunnerProcess.Result run) {
        return run.stderr().lines().map(CATALOG_READ::matcher).filter(Matcher::find)
                .collect(Collectors.groupingBy(m -> m.group(1) + (m.group(2).equals("again") ? " again" : ""),
                        TreeMap::new, Collectors.counting()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String table(List<Row> rows, int repeats) {
        StringBuilder s = new StringBuilder();
        s.append("Fixed cost of each command on tiny data, seconds of wall time (median of ").append(repeats)
                .append(" runs; the first pre-client run once, on fresh data); beyond JVM start: minus the median of "
                        + "`--version`; catalog reads: `[catalog] <db>: schema read from the catalog` lines of a "
                        + "`--verbose` run, per database (\"again\": `schema read again` lines, a read after the run "
                        + "changed the schema). Each command starts through the launcher (`apim-migrate`), as the "
                        + "distribution runs it, with the class-data archive the launcher keeps (written by the row "
                        + "marked `first`, one per engine, as a user has one); `(no class archive)`: through the "
                        + "launcher with it turned off; the rows marked `(java -jar)` start the same jar without the "
                        + "launcher's JVM options, against their own `--version`.\n\n");
        s.append("| engine | command | wall | beyond JVM start | runs | catalog reads | exit |\n");
        s.append("|---|---|---|---|---|---|---|\n");
        rows.forEach(r -> s.append(r.line()).append('\n'));
        return s.toString();
    }
}
