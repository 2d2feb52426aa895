package org.apimmigrate.runner.guide.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apimmigrate.runner.config.DatasourceTable;

/** The database types of deployment.toml, read from {@code database-types.txt} beside this class. */
public final class DatabaseTypes {

    private static final List<DatabaseType> ALL = load();

    private DatabaseTypes() {
    }

    public static List<DatabaseType> all() {
        return ALL;
    }

    public static Optional<DatabaseType> byTomlType(String type) {
        String wanted = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(t -> t.tomlType().equals(wanted)).findFirst();
    }

    /** The type of a {@code [database.<name>]} table. */
    public static Optional<DatabaseType> of(DatasourceTable table) {
        return byTomlType(table.type());
    }

    public static String names() {
        return String.join(", ", ALL.stream().map(DatabaseType::tomlType).toList());
    }

    private static List<DatabaseType> load() {
        try (InputStream in = DatabaseTypes.class.getResourceAsStream("/org/apimmigrate/runner/guide/database-types.txt")) {
            if (in == null) {
                throw new IllegalStateException("database-types.txt is missing");
            }
            List<DatabaseType> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\|", -1);
                if (f.length != 8) {
                    throw new IllegalStateException("database-types.txt: 8 fields expected in: " + l);
                }
                List<String> jars = f[5].isBlank() ? List.of()
                        : Arrays.stream(f[5].split(",")).map(String::strip).toList();
                out.add(new DatabaseType(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(),
                        f[4].strip().equals("yes"), jars, f[6].strip(), f[7].strip()));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
