package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apimmigrate.fixtures.data.GeneratorSettings;
import org.apimmigrate.verify.engine.Engine;
import org.apimmigrate.verify.engine.EngineTier;
import org.apimmigrate.verify.engine.Engines;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher ({@code apim-migrate} beside {@code apim-migrate.jar}, in {@code apim-migrate.zip} and
 * the build's folder {@code toolkit-runner/target/apim-migrate}): it starts the jar beside it with its start-up
 * options, hands over arguments and exit codes unchanged, and says plainly what is missing when it cannot start.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    @TempDir
    Path tmp;

    @Test
    void startsTheJarBesideItWithTheStartUpOptionsAndTheUsersOwn() throws IOException {
        // a file the user's option would name if the shell expanded it as a pattern
        Files.createFile(tmp.resolve("-Dapim.launcher.pattern=expanded"));
        RunnerProcess.Result r = RunnerProcess.of("--version").throughLauncher()
                .jvmOption("-XX:+PrintCommandLineFlags").jvmOption("-XshowSettings:properties")
                .jvmOption("-Dapim.launcher.pattern=*").in(tmp).run();

        assertThat(r.exitCode()).as(r.describe()).isZero();
        assertThat(r.stdout()).as("the options the JVM ran with")
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+PrintCommandLineFlags");
        assertThat(r.stderr()).as("a user's option as written, not expanded as a file pattern")
                .contains("apim.launcher.pattern = *").doesNotContain("expanded");
        assertThat(r.stdout().lines().filter(line -> line.startsWith("apim-migrate ")).toList())
                .as("the jar's own version line").isEqualTo(List.of(RunnerProcess.of("--version").run().stdout()));
    }

    @Test
    void argumentsAndExitCodesReachTheJarAndComeBackUnchanged() throws IOException {
        Path odd = Files.createDirectories(tmp.resolve("an  odd 'home' $HOME"));
        List<String> args = List.of("preflight", "--apim-home", odd.toString());

        RunnerProcess.Result launched = RunnerProcess.of(args).throughLauncher().run();
        RunnerProcess.Result direct = RunnerProcess.of(args).run();

        assertThat(launched.exitCode()).as(launched.describe()).isEqualTo(2).isEqualTo(direct.exitCode());
        assertThat(launched.stderr()).as("the folder named as given").contains(odd + "/repository/conf/deployment.toml")
                .isEqualTo(direct.stderr());
    }

    @Test
    void aPhaseCheckRunsThroughItOnARealDatabase() {
        RunnerProcess.Result r = RunnerProcess.of(phaseCheckOnARealDatabase()).throughLauncher().run();

        assertThat(r.exitCode()).as(r.describe()).isZero();
        assertThat(r.stdout()).contains("Ready: nothing blocks phase pre-client.");
    }

    @Test
    void theFirstPhaseCommandThatEndsKeepsItsClassesForTheCommandsAfterIt() throws IOException {
        Path cache = tmp.resolve("class cache");
        List<String> preflight = phaseCheckOnARealDatabase();

        // the version, a command's help and a command stopped by bad usage load little of what a phase loads
        for (List<String> args : List.of(List.of("--version"), List.of("preflight", "--help"),
                List.of("migrate", "--apim-home", tmp.resolve("no home").toString()))) {
            RunnerProcess.Result r = RunnerProcess.of(args).throughLauncher()
                    .env("APIM_MIGRATE_CLASS_CACHE", cache.toString()).run();
            assertThat(r.exitCode()).as(r.describe()).isIn(0, 2);
        }
        assertThat(filesIn(cache)).as("nothing kept for them").isEmpty();

        RunnerProcess.Result first = RunnerProcess.of(preflight).throughLauncher()
                .env("APIM_MIGRATE_CLASS_CACHE", cache.toString()).run();
        assertThat(first.exitCode()).as(first.describe()).isZero();
        assertThat(first.stdout()).contains("Ready: nothing blocks phase pre-client.");
        assertThat(filesIn(cache)).as("one archive, nothing half-written").singleElement().asString()
                .matches("classes-[0-9]+\\.jsa");

        RunnerProcess.Result next = RunnerProcess.of(preflight).throughLauncher()
                .env("APIM_MIGRATE_CLASS_CACHE", cache.toString()).jvmOption("-Xlog:class+load=info").run();
        assertThat(next.exitCode()).as(next.describe()).isZero();
        assertThat(next.stdout()).as("the tool's own classes come from the archive")
                .contains("org.apimmigrate.runner.cli.Main source: shared objects file",
                        "Ready: nothing blocks phase pre-client.");
    }

    @Test
    void theArchiveGoesToTheUsersCacheUnlessTurnedOffOrTheUserSetsSharingHimself() throws IOException {
        List<String> preflight = phaseCheckOnARealDatabase();
        Path turnedOff = tmp.resolve("turned off");
        Path ownSharing = tmp.resolve("own sharing");
        Path byDefault = tmp.resolve("by default");

        List<RunnerProcess.Result> runs = List.of(
                RunnerProcess.of(preflight).throughLauncher().env("APIM_MIGRATE_CLASS_CACHE", "")
                        .env("HOME", turnedOff.toString()).env("XDG_CACHE_HOME", null).run(),
                RunnerProcess.of(preflight).throughLauncher().env("APIM_MIGRATE_CLASS_CACHE", ownSharing.toString())
                        .jvmOption("-Xshare:off").run(),
                RunnerProcess.of(preflight).throughLauncher().env("APIM_MIGRATE_CLASS_CACHE", null)
                        .env("HOME", byDefault.toString()).env("XDG_CACHE_HOME", null).run());

        for (RunnerProcess.Result r : runs) {
            assertThat(r.exitCode()).as(r.describe()).isZero();
        }
        assertThat(turnedOff).doesNotExist();
        assertThat(filesIn(ownSharing)).isEmpty();
        assertThat(filesIn(byDefault.resolve(".cache/apim-migrate"))).singleElement().asString()
                .matches("classes-[0-9]+\\.jsa");
    }

    /** The names of the files in a folder; none where there is no folder. */
    private static List<String> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void aJavaThatCannotShareClassesRunsEveryCommandWithoutAnArchive() throws IOException {
        List<String> preflight = phaseCheckOnARealDatabase();
        Path cache = tmp.resolve("cache");
        // a Java without a class-data archive of its own, as a jlink image without one is: this JVM's java, told to
        // take its base archive from a file that does not exist
        Path javaHome = javaHomeRunning("java without sharing",
                "exec $JAVA -XX:SharedArchiveFile='" + tmp.resolve("no base archive.jsa") + "' \"$@\"");

        for (int run = 1; run <= 2; run++) {
            RunnerProcess.Result r = throughLauncher(preflight, javaHome, cache);
            assertThat(r.exitCode()).as(r.describe()).isZero();
            assertThat(r.stdout()).as(r.describe()).contains("Ready: nothing blocks phase pre-client.")
                    .doesNotContain("shared archive", "CDS", "DynamicDumpSharedSpaces");
            assertThat(r.stderr()).as(r.describe()).doesNotContain("shared archive", "CDS", "DynamicDumpSharedSpaces");
        }
        assertThat(filesIn(cache)).as("no archive; the Java's answer kept, so it is asked once")
                .singleElement().asString().matches("classes-[0-9]+\\.none");
    }

    @Test
    void aJavaThatAbortsWhileWritingTheArchiveIsNotAskedAgain() throws IOException {
        List<String> preflight = phaseCheckOnARealDatabase();
        Path cache = tmp.resolve("cache");
        // this JVM's java, aborting (as a JVM's fatal error does) whenever it is asked to write an archive
        Path javaHome = javaHomeRunning("aborting java",
                "case \"$*\" in *ArchiveClassesAtExit*) $JAVA \"$@\"; kill -ABRT $$ ;; esac\nexec $JAVA \"$@\"");

        RunnerProcess.Result aborted = throughLauncher(preflight, javaHome, cache);
        RunnerProcess.Result next = throughLauncher(preflight, javaHome, cache);

        assertThat(aborted.exitCode()).as(aborted.describe()).isEqualTo(134);
        assertThat(next.exitCode()).as(next.describe()).isZero();
        assertThat(next.stdout()).contains("Ready: nothing blocks phase pre-client.");
        assertThat(filesIn(cache)).singleElement().asString().matches("classes-[0-9]+\\.none");
    }

    /** A Java home whose {@code bin/java} is a shell script; {@code $JAVA} in it stands for this JVM's java. */
    private Path javaHomeRunning(String name, String script) throws IOException {
        Path javaHome = Files.createDirectories(tmp.resolve(name).resolve("bin")).getParent();
        Path java = javaHome.resolve("bin/java");
        String real = "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "'";
        Files.writeString(java, "#!/bin/sh\n" + script.replace("$JAVA", real) + "\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return javaHome;
    }

    private static RunnerProcess.Result throughLauncher(List<String> args, Path javaHome, Path cache) {
        return RunnerProcess.of(args).throughLauncher().env("JAVA_HOME", javaHome.toString())
                .env("APIM_MIGRATE_CLASS_CACHE", cache.toString()).run();
    }

    /** A preflight that passes, on tiny generated data in the embedded PostgreSQL. */
    private List<String> phaseCheckOnARealDatabase() {
        Engine engine = Engines.forVendor("postgresql").stream().filter(e -> e.tier() == EngineTier.EMBEDDED)
                .findFirst().orElseThrow();
        MigrationFixture f = new MigrationFixture(engine, GeneratorSettings.tiny());
        ApimHome home = ApimHome.write(tmp.resolve("home"), f.am, f.shared, f.am.user(), f.am.password(), true);
        return List.of("preflight", "--apim-home", home.home().toString(), "--registry-xml",
                home.registryXml().toString());
    }

    @Test
    void aLinkToItFindsTheJarBesideTheLauncherItself() throws IOException {
        Path absolute = Files.createSymbolicLink(tmp.resolve("apim-migrate"),
                RunnerProcess.launcher().toAbsolutePath());
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path relative = Files.createSymbolicLink(bin.resolve("apim-migrate"), bin.relativize(absolute));

        for (Path link : List.of(absolute, relative)) {
            RunnerProcess.Result r = RunnerProcess.of("--version").throughLauncher(link).in(tmp).run();
            assertThat(r.exitCode()).as(r.describe()).isZero();
            assertThat(r.stdout()).startsWith("apim-migrate ");
        }
    }

    @Test
    void withoutTheJarBesideItSaysSoAndStops() throws IOException {
        Path alone = Files.copy(RunnerProcess.launcher(), tmp.resolve("apim-migrate"));

        RunnerProcess.Result r = RunnerProcess.of("--version").throughLauncher(alone).run();

        assertThat(r.exitCode()).as(r.describe()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("apim-migrate: no apim-migrate.jar beside " + alone.toAbsolutePath()
                + "; keep the two files of the distribution together");
    }

    @Test
    void aJavaHomeWithoutJavaOrNoJavaAtAllIsNamed() throws IOException {
        RunnerProcess.Result wrongHome = RunnerProcess.of("--version").throughLauncher()
                .env("JAVA_HOME", tmp.toString()).run();

        assertThat(wrongHome.exitCode()).as(wrongHome.describe()).isEqualTo(2);
        assertThat(wrongHome.stderr()).contains("JAVA_HOME is " + tmp + ", which has no bin/java");

        // a PATH with the two tools the launcher uses besides java, and no java
        Path bin = Files.createDirectories(tmp.resolve("path"));
        for (String tool : List.of("dirname", "readlink")) {
            Files.createSymbolicLink(bin.resolve(tool), onPath(tool));
        }
        RunnerProcess.Result noJava = RunnerProcess.of("--version").throughLauncher()
                .env(Map.of("PATH", bin.toString())).env("JAVA_HOME", null).run();

        assertThat(noJava.exitCode()).as(noJava.describe()).isEqualTo(2);
        assertThat(noJava.stderr()).contains("no java on PATH and JAVA_HOME is not set");
    }

    @Test
    void theZipHoldsTheLauncherAndTheJarInOneFolder() throws IOException {
        Path zip = RunnerProcess.launcher().toAbsolutePath().getParent().resolveSibling("apim-migrate.zip");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Map<String, Long> sizes = file.stream().filter(e -> !e.isDirectory())
                    .collect(Collectors.toMap(ZipEntry::getName, ZipEntry::getSize));
            assertThat(sizes).containsOnlyKeys("apim-migrate/apim-migrate", "apim-migrate/apim-migrate.jar")
                    .containsEntry("apim-migrate/apim-migrate.jar", Files.size(RunnerProcess.jar()))
                    .containsEntry("apim-migrate/apim-migrate", Files.size(RunnerProcess.launcher()));
        }
        assertThat(Files.isExecutable(RunnerProcess.launcher())).as("the folder's launcher runs as it is").isTrue();
    }

    private static Path onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + tool + " on PATH"));
    }
}
