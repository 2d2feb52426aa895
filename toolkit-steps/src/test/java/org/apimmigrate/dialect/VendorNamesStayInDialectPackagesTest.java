package org.apimmigrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core never names a vendor: every vendor fact lives in the vendor's package {@code org.apimmigrate.dialect.<id>}
 * (and its resources) and reaches the core through {@code Vendor}. This reads the main Java sources of every module,
 * comments included, and fails with file:line for each vendor name found elsewhere.
 */
class VendorNamesStayInDialectPackagesTest {

    /**
     * Vendor names as words or inside identifiers, any case: PostgreSQL/postgre, MySQL, MariaDB, MSSQL, SQL Server,
     * jTDS, Oracle, DB2, H2. H2 counts as a word or as a part of a camel-case identifier ({@code isH2}, {@code H2Files}),
     * not inside another word ({@code width2}) and not as an HTML heading ({@code <h2>}, {@code </h2>}, {@code h2{...}}
     * in a style sheet), which is not the vendor.
     */
    static final Pattern VENDOR_NAME = Pattern.compile("(?i)postgre|mysql|mariadb|mssql|sql\\s?server|jtds|oracle|db2"
            + "|(?-i:(?<![A-Za-z0-9</])[hH]2|(?<=[a-z])H2)(?![0-9{>])");

    /**
     * Where vendor names belong, each with the reason (paths relative to the module's {@code src/main/java},
     * {@code /} separated; a path ending in {@code /} covers the folder).
     */
    static final Map<String, String> ALLOWED = Map.of(
            "org/apimmigrate/dialect/",
            "the vendor packages, and the shared pieces they are built from, whose comments say which vendor a "
                    + "rule serves",
            "org/apimmigrate/runner/demo/",
            "the demo jar starts an embedded PostgreSQL by design; production jars do not carry it",
            "org/apimmigrate/api/dialect/Capabilities.java",
            "documents each capability with the vendors that have it",
            "org/apimmigrate/schema/plan/SchemaPlanner.java",
            "comments name the vendor whose engine behaviour a planning rule answers");

    @Test
    void noVendorNameOutsideTheVendorPackages() throws IOException {
        Path root = projectRoot();
        List<String> found = new ArrayList<>();
        List<Path> sourceRoots;
        try (Stream<Path> modules = Files.list(root)) {
            sourceRoots = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        }
        assertThat(sourceRoots).as("modules under " + root).hasSizeGreaterThanOrEqualTo(4);
        for (Path sources : sourceRoots) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted()
                        .filter(f -> !allowed(sources.relativize(f).toString().replace('\\', '/')))
                        .forEach(f -> found.addAll(vendorNames(root, f)));
            }
        }
        assertThat(found).as("vendor names outside the dialect packages (move the fact into the vendor, or make "
                + "the text generic)").isEmpty();
    }

    @Test
    void thePatternFindsVendorNamesAndLeavesHtmlHeadingsAlone() {
        assertThat(List.of("jdbc:postgresql:", "new MySqlVendor()", "MariaDB", "isH2", "H2Files", "H2_FILES", "h2 database",
                "\"h2\"", "SQL Server", "sqlserver", "ORACLE_CREDENTIALS", "Db2Ddl", "jtds", "type postgre"))
                .allSatisfy(s -> assertThat(VENDOR_NAME.matcher(s).find()).as(s).isTrue());
        assertThat(List.of("<h2>Steps</h2>", "h2{margin-top:2rem}", "sha256", "width2", "PATH2", "H20", "SQL statement"))
                .allSatisfy(s -> assertThat(VENDOR_NAME.matcher(s).find()).as(s).isFalse());
    }

    private static boolean allowed(String relative) {
        return ALLOWED.keySet().stream().anyMatch(a -> a.endsWith("/") ? relative.startsWith(a) : relative.equals(a));
    }

    private static List<String> vendorNames(Path root, Path file) {
        List<String> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                var m = VENDOR_NAME.matcher(lines.get(i));
                if (m.find()) {
                    out.add(root.relativize(file) + ":" + (i + 1) + ": " + m.group() + " in: " + lines.get(i).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The folder of the parent pom, found upwards from the module this test runs in. */
    private static Path projectRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>")) {
                return dir;
            }
        }
        throw new IllegalStateException("No parent pom above " + Path.of("").toAbsolutePath());
    }
}
