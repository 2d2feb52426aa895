package org.apimmigrate.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.console.Out;
import org.apimmigrate.runner.report.ReportRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit 2 means nothing changed: a report that cannot be written after the work never turns into a usage error. */
class ReportedTest {

    @TempDir
    Path dir;

    @Test
    void aReportThatCannotBeWrittenAfterTheWorkIsNotAUsageError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        StringWriter text = new StringWriter();
        AtomicBoolean ran = new AtomicBoolean();
        int code = DatabaseCommand.reported(blocker.resolve("report"), new ReportRecorder("apim-migrate migrate"),
                new Out(new PrintWriter(text, true)), () -> {
                    ran.set(true);
                    return ExitCodes.OK;
                });
        assertThat(ran).isTrue();
        assertThat(code).isEqualTo(ExitCodes.BLOCKED).isNotEqualTo(ExitCodes.USAGE);
        assertThat(text.toString()).contains("the command finished, but", "apim-migrate report --report-dir");
    }
}
