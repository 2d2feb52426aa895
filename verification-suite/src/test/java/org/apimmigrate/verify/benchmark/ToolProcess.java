package org.apimmigrate.verify.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.fingerprint.Fingerprinter;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.runner.cli.LibraryWarmup;
import org.apimmigrate.runner.config.Datasource;
import org.apimmigrate.runner.config.Secret;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Connector;
import org.apimmigrate.runner.connect.DriverLoader;
import org.apimmigrate.verify.cli.RunnerProcess;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.registry.RegistryFixture;

/**
 * The toolkit's two registry steps in a JVM of their own, started as the distribution's launcher starts the tool (its
 * JVM options, no heap settings), so that the benchmark can report what {@code ps} shows for it: the process's peak
 * resident set (VmHWM), beside the peak heap in use. The child starts the command line's library warm-up, connects
 * through the runner's connector (its pool) and reads the journal first, as every command does, then times each phase
 * itself (JVM start and connecting are not part of the steps' time, as they are not of the bound's) and prints one
 * {@code key value} line per figure.
 */
final class ToolProcess {

    /** What a run of the steps in their own process took and used. */
    record Result(double preClientSeconds, double postClientSeconds, double preClientFingerprint,
                  double postClientFingerprint, long peakHeapBytes, long peakRssBytes, boolean succeeded,
                  List<String> slowest, List<String> timeline, String output, double cpuSeconds) {
    }

    private ToolProcess() {
    }

    /**
     * Runs the steps on {@code db} in a new JVM and samples its resident set until it ends; without the nothing-lost
     * fingerprints where {@code fingerprints} is false ({@code --no-fingerprint}), for what they cost the phase.
     */
    static Result run(TestDatabase db, String vendorId, boolean fingerprints) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(RunnerProcess.launcherJvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ToolProcess.class.getName(), vendorId,
                db.url(), db.name(), Boolean.toString(fingerprints)));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("BENCH_DB_USER", db.user());
        pb.environment().put("BENCH_DB_PASSWORD", db.password());
        try {
            Process p = pb.start();
            List<String> lines = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    r.lines().forEach(lines::add);
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.start();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long peakRss = 0;
            Duration cpu = Duration.ZERO;
            while (p.isAlive()) {
                peakRss = Math.max(peakRss, highWaterMark(status));
                // the last reading before it ends: a process that has ended has none
                cpu = p.info().totalCpuDuration().orElse(cpu);
                Thread.sleep(10);
            }
            reader.join();
            return parse(lines, peakRss, p.exitValue(), cpu.toNanos() / 1e9);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the tool's process", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** VmHWM of /proc/<pid>/status in bytes; 0 once the process is gone or where /proc has no such file. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static Result parse(List<String> lines, long peakRss, int exit, double cpuSeconds) {
        double pre = -1;
        double post = -1;
        double preFingerprint = -1;
        double postFingerprint = -1;
        long heap = 0;
        boolean ok = false;
        List<String> slowest = new ArrayList<>();
        List<String> timeline = new ArrayList<>();
        for (String line : lines) {
            String[] kv = line.split(" ", 2);
            switch (kv[0]) {
                case "pre-client" -> pre = Double.parseDouble(kv[1]);
                case "post-client" -> post = Double.parseDouble(kv[1]);
                case "fingerprint-pre-client" -> preFingerprint = Double.parseDouble(kv[1]);
                case "fingerprint-post-client" -> postFingerprint = Double.parseDouble(kv[1]);
                case "peak-heap" -> heap = Long.parseLong(kv[1]);
                case "succeeded" -> ok = Boolean.parseBoolean(kv[1]) && exit == 0;
                case "slow" -> slowest.add(kv[1]);
                case "timeline" -> timeline.add(kv[1]);
                default -> {
                }
            }
        }
        return new Result(pre, post, preFingerprint, postFingerprint, heap, peakRss, ok, slowest, timeline,
                String.join("\n", lines), cpuSeconds);
    }

    /** The options of the benchmark's runs: registry versioning on, the fingerprints on or off. */
    static StepContext.MigrationOptions options(boolean fingerprints) {
        StepContext.MigrationOptions on = RegistryFixture.versioningOn();
        return fingerprints ? on : new StepContext.MigrationOptions(on.registryVersioning(), Set.of(Fingerprinter.OFF));
    }

    public static void main(String[] args) {
        // what the command line starts before anything else for a subcommand
        LibraryWarmup.start();
        String vendorId = args[0];
        String url = args[1];
        // connected as the command line connects: through the runner's pool, which keeps the connections a phase
        // opens (the session's, the fingerprint's second) for its next use
        ConnectedDatabase shared = Connector.of(DriverLoader.of(List.of())).connect(new Datasource("shared_db", null,
                url, System.getenv("BENCH_DB_USER"), Secret.of(System.getenv("BENCH_DB_PASSWORD")), null,
                "the benchmark"));
        if (!shared.vendor().id().equals(vendorId)) {
            throw new IllegalStateException(url + " is " + shared.vendor().id() + ", not " + vendorId);
        }
        StatementTimes times = new StatementTimes();
        StepContext.MigrationOptions options = options(Boolean.parseBoolean(args[3]));
        Migrator migrator = new Migrator(RegistryFixture.registrySteps(), Map.of(DatabaseRole.SHARED_DB,
                shared.target(DatabaseRole.SHARED_DB)), options, times, times);
        // what every command does before its steps (connect, read the journals), outside the steps' time
        migrator.status();
        List<RunReport> reports = new ArrayList<>();
        double[] phases = new double[2];
        double[] fingerprints = new double[2];
        Timing.Measured measured = Timing.withPeakHeap(() -> {
            times.phaseStarted();
            phases[0] = Timing.time(() -> reports.add(migrator.migrate(Phase.PRE_CLIENT)));
            times.end();
            fingerprints[0] = times.fingerprintSeconds();
            times.phaseStarted();
            phases[1] = Timing.time(() -> reports.add(migrator.migrate(Phase.POST_CLIENT)));
            times.end();
            fingerprints[1] = times.fingerprintSeconds() - fingerprints[0];
        });
        System.out.println(String.format(Locale.ROOT, "pre-client %.3f", phases[0]));
        System.out.println(String.format(Locale.ROOT, "post-client %.3f", phases[1]));
        System.out.println(String.format(Locale.ROOT, "fingerprint-pre-client %.3f", fingerprints[0]));
        System.out.println(String.format(Locale.ROOT, "fingerprint-post-client %.3f", fingerprints[1]));
        System.out.println("peak-heap " + measured.peakHeapBytes());
        System.out.println("succeeded " + reports.stream().allMatch(RunReport::succeeded));
        if (!reports.stream().allMatch(RunReport::succeeded)) {
            System.out.println("failure " + RegistryFixture.describe(reports).replace('\n', ' '));
        }
        times.timeline().forEach(s -> System.out.println("timeline " + s));
        times.slowest(Integer.getInteger("bench.slowest", 12)).forEach(s -> System.out.println("slow " + s));
    }
}
