package org.apimmigrate.runner.command;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --report-dir}: where report.json, report.md and report.html go. */
public final class ReportOption {

    @Option(names = "--report-dir", paramLabel = "<dir>",
            description = "Also write report.json, report.md and report.html into this folder.")
    Path reportDir;
}
