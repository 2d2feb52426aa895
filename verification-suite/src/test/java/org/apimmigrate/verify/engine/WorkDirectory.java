package org.apimmigrate.verify.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where engines keep their files: {@code apim.work} (set by the build to target/engines) or a temp folder. */
final class WorkDirectory {

    private WorkDirectory() {
    }

    static Path of(String child) {
        String configured = System.getProperty("apim.work");
        try {
            Path base = configured != null ? Path.of(configured) : Path.of(System.getProperty("java.io.tmpdir"), "apim-engines");
            Path dir = base.resolve(child);
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
