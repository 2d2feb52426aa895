package org.apimmigrate.runner.guide.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.runner.guide.config.TomlConfig;

/** Adds missing keys to one table of deployment.toml, after a backup; undone if the result would not parse. */
public final class AddTomlKeys implements Fix {

    private final Path toml;
    private final String table;
    private final Map<String, String> keys;

    public AddTomlKeys(Path toml, String table, Map<String, String> keys) {
        this.toml = toml;
        this.table = table;
        this.keys = new LinkedHashMap<>(keys);
    }

    /**
     * The fix, if the file can take it as text: a table defined without its own {@code [header]} (dotted keys,
     * inline tables) is left to the user.
     */
    public static Optional<AddTomlKeys> forFile(TomlConfig toml, String table, Map<String, String> keys) {
        try {
            String text = Files.readString(toml.file());
            if (toml.has(table) && !TomlEditor.hasHeader(text, table)) {
                return Optional.empty();
            }
            return Optional.of(new AddTomlKeys(toml.file(), table, keys));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String description() {
        return "add " + String.join(", ", keys.keySet()) + " to [" + table + "] in " + toml;
    }

    @Override
    public List<String> apply(Backups backups) throws IOException {
        String before = Files.readString(toml);
        Path backup = backups.copy(toml);
        Files.writeString(toml, TomlEditor.addKeys(before, table, keys));
        if (!TomlConfig.read(toml).readable()) {
            Files.writeString(toml, before);
            throw new IOException("adding " + keys.keySet() + " to [" + table + "] would break " + toml
                    + "; left unchanged");
        }
        return List.of(description() + " (backup: " + backup + ")");
    }
}
