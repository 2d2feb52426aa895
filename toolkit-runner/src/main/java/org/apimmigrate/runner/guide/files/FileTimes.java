package org.apimmigrate.runner.guide.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Tells files a person changed from the ones a product pack shipped, by time: unpacking keeps the pack's file times,
 * so a file changed later is newer than the folder's oldest file. Copying a home without keeping times makes every
 * file look unchanged; reports say that the judgement is by file time.
 */
public final class FileTimes {

    /** Files written within this much of the oldest one count as shipped with it. */
    private static final Duration SLACK = Duration.ofMinutes(1);

    private FileTimes() {
    }

    /** Names of the folder's files changed after it was unpacked. */
    public static Set<String> changedAfterUnpacking(Path dir) {
        Map<String, FileTime> times = times(dir);
        Set<String> out = new TreeSet<>();
        if (times.isEmpty()) {
            return out;
        }
        FileTime oldest = times.values().stream().min(FileTime::compareTo).orElseThrow();
        FileTime limit = FileTime.from(oldest.toInstant().plus(SLACK));
        times.forEach((name, t) -> {
            if (t.compareTo(limit) > 0) {
                out.add(name);
            }
        });
        return out;
    }

    private static Map<String, FileTime> times(Path dir) {
        Map<String, FileTime> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                out.put(f.getFileName().toString(), Files.getLastModifiedTime(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
