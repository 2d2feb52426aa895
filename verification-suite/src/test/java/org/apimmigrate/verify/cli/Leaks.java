package org.apimmigrate.verify.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Collects every output and report of a test, to prove at the end that no password is in any of them. */
final class Leaks {

    private final List<RunnerProcess.Result> results = new ArrayList<>();
    private final List<Path> reportDirs = new ArrayList<>();

    RunnerProcess.Result watch(RunnerProcess.Result r) {
        results.add(r);
        return r;
    }

    Path watch(Path reportDir) {
        reportDirs.add(reportDir);
        return reportDir;
    }

    void assertNowhere(String secret) {
        assertThat(results).isNotEmpty();
        for (RunnerProcess.Result r : results) {
            assertThat(r.output()).as("output of apim-migrate %s", r.args()).doesNotContain(secret);
        }
        for (Path dir : reportDirs) {
            // each run writes its report into a folder of its own inside the report folder
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    assertThat(Files.readString(f)).as("report file %s", f).doesNotContain(secret);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
