package org.apimmigrate.runner.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.runner.Failure;

/**
 * The datasources of an API-M 4.0.0 {@code repository/conf/deployment.toml}, as the upgrade guide tells users to
 * set them: {@code [database.apim_db]}, {@code [database.shared_db]} and the optional {@code [database.user]} and
 * {@code [database.config]}, each with {@code type}, {@code url}, {@code username}, {@code password} and
 * {@code driver}. Everything else in the file is ignored.
 */
public final class DeploymentToml {

    /** The datasources read, in this order, where present. */
    public static final List<String> DATASOURCES = List.of("apim_db", "shared_db", "user", "config");
    /** The datasources the toolkit migrates; the others are only checked for reachability. */
    private static final List<String> MIGRATED = List.of("apim_db", "shared_db");

    /**
     * @param datasources by name, in file order
     * @param unusable    the other datasources ({@code user}, {@code config}) whose password cannot be had, with why:
     *                    they are only ever checked for reachability, so that stops nothing
     */
    public record Datasources(Map<String, Datasource> datasources, Map<String, String> unusable) {

        public Datasource get(String name) {
            return datasources.get(name);
        }
    }

    private DeploymentToml() {
    }

    public static Datasources read(Path file, PasswordResolver passwords) {
        if (!Files.isRegularFile(file)) {
            throw Failure.usage("There is no deployment.toml at " + file + ".", "Give --apim-home <API-M_4.0.0_HOME>"
                    + " (the folder holding repository/conf/deployment.toml) or --config <deployment.toml>.");
        }
        JsonNode root;
        try {
            root = new TomlMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")";
            throw Failure.usage(file + " is not valid TOML" + where + ": " + e.getOriginalMessage(),
                    "Correct the file: the WSO2 server would refuse it too. Nothing was changed.");
        } catch (IOException e) {
            throw Failure.usage("Cannot read " + file + ": " + e.getMessage(), "Check the path and its permissions.");
        }
        Map<String, Datasource> out = new LinkedHashMap<>();
        Map<String, String> unusable = new LinkedHashMap<>();
        JsonNode database = root.path("database");
        for (String name : DATASOURCES) {
            JsonNode section = database.path(name);
            if (!section.isObject()) {
                continue;
            }
            try {
                out.put(name, datasource(file, name, section, passwords));
            } catch (Failure f) {
                if (MIGRATED.contains(name)) {
                    throw f;
                }
                unusable.put(name, f.getMessage());
            }
        }
        return new Datasources(out, unusable);
    }

    private static Datasource datasource(Path file, String name, JsonNode section, PasswordResolver passwords) {
        String origin = "[database." + name + "] of " + file;
        String url = text(section, "url");
        if (url == null || url.isBlank()) {
            throw Failure.usage(origin + " has no url.", "Add url = \"jdbc:...\" to [database." + name + "], as the "
                    + "upgrade guide shows.");
        }
        return new Datasource(name, text(section, "type"), url.strip(), text(section, "username"),
                passwords.resolve(name, text(section, "password"), origin), text(section, "driver"), origin);
    }

    private static String text(JsonNode section, String key) {
        JsonNode v = section.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
