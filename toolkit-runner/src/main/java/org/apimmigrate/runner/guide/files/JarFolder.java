package org.apimmigrate.runner.guide.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The jars of a folder such as {@code components/lib} or {@code dropins}, matched by artifact, not by version. */
public final class JarFolder {

    /** {@code name-1.2.3.jar}, {@code name_1.2.3.wso2v1.jar}, {@code name-1.0-SNAPSHOT.jar}: the part before the version. */
    private static final Pattern VERSIONED = Pattern.compile("^(.+?)[-_]v?\\d[\\w.\\-]*$");

    private JarFolder() {
    }

    /** The jars directly in the folder, by name; none when the folder does not exist. */
    public static List<Path> jars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar's artifact: its file name without version and extension. */
    public static String artifact(Path jar) {
        String name = jar.getFileName().toString();
        String base = name.substring(0, name.length() - 4);
        Matcher m = VERSIONED.matcher(base);
        return (m.matches() ? m.group(1) : base).toLowerCase(Locale.ROOT);
    }

    /** Whether the folder holds the same artifact in any version. */
    public static boolean holdsArtifactOf(Path dir, Path jar) {
        String wanted = artifact(jar);
        return jars(dir).stream().anyMatch(j -> artifact(j).equals(wanted));
    }

    public static List<Path> matching(Path dir, String glob) {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return jars(dir).stream().filter(j -> m.matches(j.getFileName())).toList();
    }

    public static boolean matches(Path jar, String glob) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(jar.getFileName());
    }
}
