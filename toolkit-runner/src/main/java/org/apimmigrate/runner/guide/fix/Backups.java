package org.apimmigrate.runner.guide.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps {@code <file>.bak-<timestamp>} copies of what {@code --fix} changes: one per file per run. */
public final class Backups {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final String suffix;
    private final Map<Path, Path> made = new HashMap<>();
    private final List<Path> order = new ArrayList<>();

    public Backups(Clock clock) {
        this.suffix = ".bak-" + STAMP.format(clock.instant().atZone(clock.getZone()));
    }

    /** Copies the file beside itself before it is changed; the first copy of this run is kept. */
    public Path copy(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Path existing = made.get(key);
        if (existing != null) {
            return existing;
        }
        Path backup = free(key);
        Files.copy(key, backup, StandardCopyOption.COPY_ATTRIBUTES);
        remember(key, backup);
        return backup;
    }

    /** Moves a file or folder aside under its backup name: the backup and the removal in one step. */
    public Path moveAside(Path path) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        Path backup = free(key);
        Files.move(key, backup);
        remember(key, backup);
        return backup;
    }

    public List<Path> made() {
        return List.copyOf(order);
    }

    private Path free(Path key) {
        Path backup = key.resolveSibling(key.getFileName() + suffix);
        for (int i = 2; Files.exists(backup); i++) {
            backup = key.resolveSibling(key.getFileName() + suffix + "-" + i);
        }
        return backup;
    }

    private void remember(Path key, Path backup) {
        made.put(key, backup);
        order.add(backup);
    }
}
