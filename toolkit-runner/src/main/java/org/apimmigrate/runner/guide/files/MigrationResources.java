package org.apimmigrate.runner.guide.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code migration-resources} folder the guide copies into the 4.0.0 home twice: first the identity component
 * migration's (recognised by its {@code migration-config.yaml} with {@code currentVersion}), then the API-M migration
 * client's. The identity one's configuration is checked against the guide's Step 2 (identity) 3.
 */
public final class MigrationResources {

    public static final String CONFIG = "migration-config.yaml";
    private static final Pattern VERSION_LINE = Pattern.compile("^\\s*-?\\s*version:\\s*\"?([^\"\\s]+)\"?\\s*$");
    private static final Pattern CURRENT_VERSION = Pattern.compile("(?m)^currentVersion:");

    private MigrationResources() {
    }

    public static boolean isIdentity(Path folder) {
        Path yaml = folder.resolve(CONFIG);
        return Files.isRegularFile(yaml) && CURRENT_VERSION.matcher(read(yaml)).find();
    }

    /** Which tool's resources the folder holds, if it exists. */
    public static Optional<MigrationTool> owner(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        return Optional.of(isIdentity(folder) ? MigrationTool.IDENTITY : MigrationTool.CLIENT);
    }

    /** What in the identity migration-config.yaml differs from the guide; empty when it is as the guide says. */
    public static List<String> identityConfigProblems(Path yaml) {
        String text = read(yaml);
        List<String> problems = new ArrayList<>();
        expect(text, "migrationEnable", "true", problems);
        expect(text, "currentVersion", "5.10.0", problems);
        expect(text, "migrateVersion", "5.11.0", problems);
        for (List<String> entry : migrators(text, "5.10.0")) {
            String e = String.join("\n", entry);
            if (named(e, "MigrationValidator")) {
                problems.add("the MigrationValidator of version 5.10.0 is still there");
            } else if (named(e, "TenantPortalMigrator")) {
                problems.add("the TenantPortalMigrator of version 5.10.0 is still there");
            } else if (named(e, "SchemaMigrator") && value(e, "location").filter("step2"::equals).isPresent()
                    && value(e, "schema").filter("identity"::equals).isPresent()) {
                problems.add("the SchemaMigrator (step2, identity) of version 5.10.0 is still there");
            }
        }
        return problems;
    }

    private static void expect(String text, String key, String wanted, List<String> problems) {
        Optional<String> v = value(text, key);
        if (v.isEmpty()) {
            problems.add(key + " is missing (must be \"" + wanted + "\")");
        } else if (!v.get().equals(wanted)) {
            problems.add(key + " is \"" + v.get() + "\" (must be \"" + wanted + "\")");
        }
    }

    private static boolean named(String entry, String name) {
        return value(entry, "name").filter(name::equals).isPresent();
    }

    /** A top-level or entry-level scalar {@code key: "value"}, quotes removed. */
    private static Optional<String> value(String text, String key) {
        Matcher m = Pattern.compile("(?m)^[\\s-]*" + Pattern.quote(key) + ":\\s*\"?([^\"#\\n]*?)\"?\\s*(#.*)?$")
                .matcher(text);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The migrator entries (as lines) listed under one {@code version:} of the file. */
    static List<List<String>> migrators(String text, String version) {
        List<String> lines = text.lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = VERSION_LINE.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(version)) {
                start = i + 1;
                break;
            }
        }
        List<List<String>> entries = new ArrayList<>();
        if (start < 0) {
            return entries;
        }
        int entryIndent = -1;
        List<String> current = null;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (VERSION_LINE.matcher(line).matches()) {
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int indent = line.indexOf(trimmed);
            if (trimmed.startsWith("-") && (entryIndent < 0 || indent == entryIndent)) {
                entryIndent = indent;
                current = new ArrayList<>();
                entries.add(current);
            }
            if (current != null) {
                current.add(line);
            }
        }
        return entries;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
