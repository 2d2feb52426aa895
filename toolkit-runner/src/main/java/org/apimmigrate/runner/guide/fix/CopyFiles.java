package org.apimmigrate.runner.guide.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies files from the old home into a folder of the new one, as the guide says. A file that exists at the target is
 * backed up before it is replaced.
 */
public final class CopyFiles implements Fix {

    private final List<Path> sources;
    private final Path targetDir;

    public CopyFiles(List<Path> sources, Path targetDir) {
        this.sources = List.copyOf(sources);
        this.targetDir = targetDir;
    }

    @Override
    public String description() {
        return "copy " + String.join(", ", sources.stream().map(p -> p.getFileName().toString()).toList()) + " to "
                + targetDir;
    }

    @Override
    public List<String> apply(Backups backups) throws IOException {
        Files.createDirectories(targetDir);
        List<String> done = new ArrayList<>();
        for (Path source : sources) {
            Path target = targetDir.resolve(source.getFileName().toString());
            String kept = "";
            if (Files.exists(target)) {
                kept = " (backup: " + backups.copy(target) + ")";
            }
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            done.add("copied " + source + " to " + target + kept);
        }
        return done;
    }
}
