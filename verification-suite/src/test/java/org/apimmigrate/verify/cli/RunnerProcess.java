package org.apimmigrate.verify.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Runs the real {@code apim-migrate.jar} as a separate process, the way a release engineer does: arguments,
 * environment, working folder, a time limit, and output captured line by line from both streams. A run can be
 * killed hard ({@link Process#destroyForcibly}, i.e. kill -9) when a chosen line appears, to stand for a crash at
 * that moment.
 *
 * <pre>{@code
 * RunnerProcess.Result r = RunnerProcess.of("migrate", "--phase", "pre-client", "--verbose")
 *         .env("APIM_MIGRATE_APIM_DB_PASSWORD", pw)
 *         .killWhen(line -> line.contains("[am-db-schema-upgrade]"))
 *         .run();
 * }</pre>
 *
 * The jar is {@code -Dapim.runner.jar} (the build passes it), else {@code ../toolkit-runner/target/apim-migrate.jar};
 * {@link #throughLauncher()} starts it through the distribution's launcher instead, as its README tells users to.
 */
public final class RunnerProcess {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final List<String> args;
    private Path jar;
    private Path launcher;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();

    /**
     * The suite starts the jar a few hundred times for runs of seconds, with the options the distribution's launcher
     * gives it ({@link #launcherJvmOptions}): the client compiler alone and the serial collector halve each start's
     * CPU on two cores. {@link #asAUserStartsIt} starts it with plain {@code java -jar}.
     */
    private boolean fastStart = true;
    private Path workingDirectory;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Predicate<String> killWhen;

    private RunnerProcess(List<String> args) {
        this.args = List.copyOf(args);
    }

    public static RunnerProcess of(String... args) {
        return new RunnerProcess(List.of(args));
    }

    public static RunnerProcess of(List<String> args) {
        return new RunnerProcess(args);
    }

    /** The production jar under test. */
    public static Path jar() {
        return existing("apim.runner.jar", "../toolkit-runner/target/apim-migrate.jar");
    }

    /** The distribution's launcher, in the folder the build makes to run in place, beside its copy of the jar. */
    public static Path launcher() {
        return existing("apim.runner.launcher", "../toolkit-runner/target/apim-migrate/apim-migrate");
    }

    /**
     * Where the launcher keeps its class-data archive in the suite's runs (unless a test sets
     * {@code APIM_MIGRATE_CLASS_CACHE} itself): the build's folder, not the user's home.
     */
    public static final Path CLASS_CACHE = Path.of("target", "class-cache");

    /** The launcher's line that sets its JVM options. */
    private static final String START_OPTIONS = "start_options=";

    /** The launcher's JVM options once read: the suite starts the jar a few hundred times. */
    private static volatile List<String> launcherJvmOptions;

    /**
     * The JVM options the launcher starts the jar with, read from the script itself, so that whatever starts the tool
     * as the launcher does (the suite, the benchmark's steps) follows the script when it changes.
     */
    public static List<String> launcherJvmOptions() {
        List<String> known = launcherJvmOptions;
        if (known == null) {
            try {
                String line = Files.readAllLines(launcher()).stream().filter(l -> l.startsWith(START_OPTIONS))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no " + START_OPTIONS + " in "
                                + launcher()));
                known = List.of(line.substring(START_OPTIONS.length()).replace("\"", "").split(" "));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            launcherJvmOptions = known;
        }
        return known;
    }

    /** The demo jar: the production command line plus {@code demo}. */
    public static Path demoJar() {
        return existing("apim.runner.demoJar", "../toolkit-runner/target/apim-migrate-demo.jar");
    }

    private static Path existing(String property, String fallback) {
        Path jar = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No runner jar at " + jar.toAbsolutePath() + ": build it with "
                    + "`mvn -B -q -DskipTests package`, or run the ITs through Maven (which passes -D" + property + ")");
        }
        return jar;
    }

    /**
     * Through the distribution's launcher, with this JVM's Java as {@code JAVA_HOME} (unless {@link #env} sets it);
     * JVM options go in {@code APIM_MIGRATE_JAVA_OPTS}, as a user gives them. The launcher sets the start-up options
     * itself.
     */
    public RunnerProcess throughLauncher() {
        return throughLauncher(launcher());
    }

    /** Through this copy of the launcher (e.g. one moved, or reached through a link). */
    public RunnerProcess throughLauncher(Path script) {
        this.launcher = script;
        return this;
    }

    /** Runs another jar than the production one (the demo jar). */
    public RunnerProcess jar(Path otherJar) {
        this.jar = otherJar;
        return this;
    }

    /** Sets a variable of the process's environment; null removes it (e.g. {@code JAVA_HOME}). */
    public RunnerProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public RunnerProcess env(Map<String, String> values) {
        env.putAll(values);
        return this;
    }

    public RunnerProcess jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Without the launcher's start-up options: plain {@code java -jar} (for timings). */
    public RunnerProcess asAUserStartsIt() {
        this.fastStart = false;
        return this;
    }

    public RunnerProcess in(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    public RunnerProcess timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Kills the process hard as soon as a line of standard output or error matches. */
    public RunnerProcess killWhen(Predicate<String> line) {
        this.killWhen = line;
        return this;
    }

    /** Runs to the end (or the kill, or the time limit) and returns what happened. */
    public Result run() {
        try (Running running = start()) {
            return running.await(timeout);
        }
    }

    public Running start() {
        List<String> command = new ArrayList<>();
        Map<String, String> launcherEnv = new LinkedHashMap<>();
        if (launcher != null) {
            command.add(launcher.toAbsolutePath().toString());
            launcherEnv.put("JAVA_HOME", System.getProperty("java.home"));
            launcherEnv.put("APIM_MIGRATE_CLASS_CACHE", CLASS_CACHE.toAbsolutePath().toString());
            if (!jvmOptions.isEmpty()) {
                launcherEnv.put("APIM_MIGRATE_JAVA_OPTS", String.join(" ", jvmOptions));
            }
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (fastStart) {
                command.addAll(launcherJvmOptions());
            }
            command.addAll(jvmOptions);
            command.add("-jar");
            command.add((jar != null ? jar : jar()).toAbsolutePath().toString());
        }
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        // a password a developer has set must not leak into a test that expects none
        pb.environment().keySet().removeIf(k -> k.startsWith("APIM_MIGRATE_"));
        pb.environment().putAll(launcherEnv);
        env.forEach((name, value) -> {
            if (value == null) {
                pb.environment().remove(name);
            } else {
                pb.environment().put(name, value);
            }
        });
        if (workingDirectory != null) {
            pb.directory(workingDirectory.toFile());
        }
        try {
            return new Running(pb.start(), args, killWhen);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    /** A started process; closing it kills it if it still runs. */
    public static final class Running implements AutoCloseable {

        private final Process process;
        private final List<String> args;
        private final Instant started = Instant.now();
        private final List<String> stdout = new CopyOnWriteArrayList<>();
        private final List<String> stderr = new CopyOnWriteArrayList<>();
        private final List<Watch> watches = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Void> outDone;
        private final CompletableFuture<Void> errDone;
        private volatile boolean killed;

        private record Watch(Predicate<String> line, CompletableFuture<String> seen) {
        }

        private Running(Process process, List<String> args, Predicate<String> killWhen) {
            this.process = process;
            this.args = args;
            if (killWhen != null) {
                watches.add(new Watch(killWhen, new CompletableFuture<>()));
                watches.get(0).seen().thenRun(this::kill);
            }
            this.outDone = CompletableFuture.runAsync(() -> pump(process.getInputStream(), stdout));
            this.errDone = CompletableFuture.runAsync(() -> pump(process.getErrorStream(), stderr));
        }

        private void pump(InputStream in, List<String> sink) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    sink.add(line);
                    for (Watch w : watches) {
                        if (!w.seen().isDone() && w.line().test(line)) {
                            w.seen().complete(line);
                        }
                    }
                }
            } catch (IOException e) {
                // the process went away, e.g. killed
            }
        }

        /** Waits for a line that matches; the line, or an error naming what was seen so far. */
        public String awaitLine(Predicate<String> line, Duration limit) {
            CompletableFuture<String> seen = new CompletableFuture<>();
            watches.add(new Watch(line, seen));
            for (String earlier : lines()) {
                if (line.test(earlier)) {
                    seen.complete(earlier);
                }
            }
            try {
                return seen.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("No matching line within " + limit + " from apim-migrate " + args
                        + "; output so far:\n" + String.join("\n", lines()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Kills the process hard, as a crash or {@code kill -9} would. */
        public void kill() {
            killed = true;
            process.destroyForcibly();
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        private List<String> lines() {
            List<String> all = new ArrayList<>(stdout);
            all.addAll(stderr);
            return all;
        }

        public Result await(Duration limit) {
            boolean timedOut = false;
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    timedOut = true;
                    process.destroyForcibly();
                    process.waitFor();
                }
                outDone.get(30, TimeUnit.SECONDS);
                errDone.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("Could not read the output of apim-migrate " + args, e);
            }
            return new Result(args, process.exitValue(), String.join("\n", stdout), String.join("\n", stderr),
                    killed, timedOut, Duration.between(started, Instant.now()));
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /**
     * What a run did.
     *
     * @param killed   the process was killed on purpose ({@link #killWhen} or {@link Running#kill})
     * @param timedOut the process outlived its time limit and was killed
     */
    public record Result(List<String> args, int exitCode, String stdout, String stderr, boolean killed,
                         boolean timedOut, Duration took) {

        /** Both streams, for assertions that do not care which one a line went to. */
        public String output() {
            return stdout + "\n" + stderr;
        }

        /** For assertion messages. */
        public String describe() {
            return "apim-migrate " + String.join(" ", args) + " -> exit " + exitCode + (killed ? " (killed)" : "")
                    + (timedOut ? " (timed out)" : "") + " after " + took.toMillis() + " ms\n--- stdout ---\n"
                    + stdout + "\n--- stderr ---\n" + stderr;
        }

        @Override
        public String toString() {
            return describe();
        }
    }
}
