package org.apimmigrate.dialect.h2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.dialect.DatabaseFiles;

/**
 * H2 database files as API-M names them ({@code jdbc:h2:./repository/database/WSO2AM_DB;AUTO_SERVER=TRUE;...}):
 * a {@code ./} path is relative to the API-M home (the server's working directory); H2 creates a missing database on
 * connect unless {@code IFEXISTS=TRUE}; API-M 3.2.0 and 4.0.0 run H2 1.4.199, whose MVStore files are of format 1
 * (H2 2.x writes format 2 or 3, which 1.4.199 cannot read and would report as corrupted).
 */
final class H2Files implements DatabaseFiles {

    /** The MVStore file format H2 1.4.199 reads and writes. */
    static final int FORMAT_OF_1_4 = 1;

    private static final String PREFIX = "jdbc:h2:";
    private static final List<String> NOT_A_FILE = List.of("mem:", "tcp:", "ssl:", "zip:", "split:", "nio",
            "memFS:", "memLZF:", "async:", "retry:");
    private static final Pattern FORMAT = Pattern.compile("(?:^|,)format:([0-9a-fA-F]+)");
    private static final int HEADER_BYTES = 4096;

    @Override
    public boolean relativeToHome(String url) {
        Optional<Url> parsed = Url.parse(url);
        if (parsed.isEmpty()) {
            return false;
        }
        String location = parsed.get().path();
        return location.startsWith("./") || location.startsWith("../") || location.startsWith(".\\");
    }

    @Override
    public String resolvedAgainst(String url, Path home) {
        if (!relativeToHome(url)) {
            return url;
        }
        Optional<Url> parsed = Url.parse(url);
        String location = parsed.get().path();
        Path absolute = home.toAbsolutePath().resolve(location).normalize();
        return PREFIX + parsed.get().filePrefix() + absolute + parsed.get().settingsText();
    }

    @Override
    public String openingOnlyExisting(String url) {
        if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                || url.substring(PREFIX.length()).toLowerCase(Locale.ROOT).startsWith("mem:")) {
            return url;
        }
        String[] parts = url.split(";", -1);
        List<String> kept = new ArrayList<>();
        kept.add(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isBlank() && !parts[i].strip().toUpperCase(Locale.ROOT).startsWith("IFEXISTS=")) {
                kept.add(parts[i]);
            }
        }
        kept.add("IFEXISTS=TRUE");
        return String.join(";", kept);
    }

    @Override
    public Optional<Unopenable> problem(String url) {
        Optional<Url> parsed = Url.parse(url);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Path base = parsed.get().base();
        Path mvStore = sibling(base, ".mv.db");
        Path pageStore = sibling(base, ".h2.db");
        if (!Files.exists(mvStore)) {
            if (Files.exists(pageStore)) {
                return Optional.empty();
            }
            return Optional.of(new Unopenable("The H2 database file " + mvStore + " does not exist (nothing was "
                    + "created)", "Check the path in the URL: API-M keeps its H2 databases in repository/database/ "
                    + "of its home, and a ./ path is taken relative to the API-M home (--apim-home, or the home the "
                    + "deployment.toml of --config lives in). Copy the 3.2.0 files (WSO2AM_DB.mv.db, "
                    + "WSO2SHARED_DB.mv.db) there, or give the URL with an absolute path."));
        }
        Optional<Integer> format = format(mvStore);
        if (format.isEmpty()) {
            return Optional.of(new Unopenable("The file " + mvStore + " is not an H2 database file of the kind "
                    + "API-M writes (no MVStore header)", "Give the WSO2AM_DB.mv.db / WSO2SHARED_DB.mv.db files "
                    + "API-M 3.2.0 wrote, or restore them from the backup."));
        }
        if (format.get() > FORMAT_OF_1_4) {
            return Optional.of(new Unopenable("The H2 database file " + mvStore + " has file format "
                    + format.get() + ", written by H2 2.x; API-M 3.2.0 and 4.0.0 run H2 1.4.199 (file format "
                    + FORMAT_OF_1_4 + "), which cannot open it, and neither can this toolkit",
                    "Use the files API-M itself wrote (or their backup): a file converted to or opened by H2 2.x "
                            + "cannot be read by API-M 4.0.0. Nothing was changed."));
        }
        return Optional.empty();
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    /** The {@code format:} of the MVStore file header ({@code H:2,...,format:1,...}), empty where there is none. */
    static Optional<Integer> format(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            return Optional.empty();
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("H:")) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.lines().findFirst().orElse(""));
        return m.find() ? Optional.of(Integer.parseInt(m.group(1), 16)) : Optional.empty();
    }

    /**
     * An embedded file URL: {@code jdbc:h2:[file:]<path>[;settings]}. Server and in-memory URLs are not parsed.
     */
    private record Url(String filePrefix, String path, String settingsText) {

        static Optional<Url> parse(String url) {
            if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
                return Optional.empty();
            }
            String rest = url.substring(PREFIX.length());
            int semi = rest.indexOf(';');
            String location = semi < 0 ? rest : rest.substring(0, semi);
            String settings = semi < 0 ? "" : rest.substring(semi);
            String filePrefix = "";
            if (location.toLowerCase(Locale.ROOT).startsWith("file:")) {
                filePrefix = location.substring(0, 5);
                location = location.substring(5);
            }
            String lower = location.toLowerCase(Locale.ROOT);
            if (location.isBlank() || NOT_A_FILE.stream().anyMatch(p -> lower.startsWith(p.toLowerCase(Locale.ROOT)))) {
                return Optional.empty();
            }
            return Optional.of(new Url(filePrefix, location, settings));
        }

        Path base() {
            String p = path;
            if (p.startsWith("~")) {
                p = System.getProperty("user.home") + p.substring(1);
            }
            return Path.of(p).toAbsolutePath().normalize();
        }
    }
}
