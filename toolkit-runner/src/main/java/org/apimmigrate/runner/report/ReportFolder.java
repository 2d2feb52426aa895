package org.apimmigrate.runner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apimmigrate.runner.Failure;

/**
 * Where one command's report goes: a new folder per run ({@code <dir>/<UTC time>-<command>}) so that no run
 * overwrites another, or the given folder itself when asked. Made and tried before anything changes, so that an
 * unwritable folder stops the command with nothing changed.
 */
public final class ReportFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ReportFolder() {
    }

    public static Path prepare(Path dir, String command, boolean inPlace) {
        Path target = inPlace ? dir : next(dir, STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + command);
        try {
            Files.createDirectories(target);
            Path probe = Files.createTempFile(target, ".write-test", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw Failure.usage("Cannot write the report into " + target + " (" + e.getMessage() + "); nothing was "
                    + "changed.", "Give --report-dir a folder you may write to, then run the same command again.");
        }
        return target;
    }

    private static Path next(Path dir, String name) {
        Path p = dir.resolve(name);
        for (int n = 2; Files.exists(p); n++) {
            p = dir.resolve(name + "-" + n);
        }
        return p;
    }
}
