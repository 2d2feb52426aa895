package org.apimmigrate.runner.report;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --report-dir}: where report.json, report.md and report.html go. */
public final class ReportOption {

    @Option(names = "--report-dir", paramLabel = "<dir>",
            description = "Also write report.json, report.md and report.html, into a new <UTC time>-<command> folder "
                    + "inside this one (checked writable before anything changes).")
    Path reportDir;

    @Option(names = "--report-in-place", description = "Write the report files into --report-dir itself, replacing "
            + "an earlier report there, instead of a new folder per run.")
    boolean inPlace;

    /** The report's folder for this run, made and tried for writing ({@link ReportFolder}); null without the option. */
    public Path prepare(String command) {
        return reportDir == null ? null : ReportFolder.prepare(reportDir, command, inPlace);
    }
}
