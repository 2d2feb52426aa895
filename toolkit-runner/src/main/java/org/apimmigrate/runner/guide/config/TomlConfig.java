package org.apimmigrate.runner.guide.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.runner.config.DatasourceTable;
import org.apimmigrate.runner.config.DeploymentToml;

/**
 * The guide's view of a deployment.toml, as {@link DeploymentToml} parsed it: the datasources and the further tables
 * the checklist inspects (indexing, encryption, user_store, realm_manager, gateway environments, secrets ...).
 * Lookups take dotted table paths, e.g. {@code database.apim_db.url}.
 */
public final class TomlConfig {

    private final DeploymentToml toml;

    private TomlConfig(DeploymentToml toml) {
        this.toml = toml;
    }

    public static TomlConfig read(Path file) {
        return new TomlConfig(DeploymentToml.parse(file));
    }

    public Path file() {
        return toml.file();
    }

    public boolean readable() {
        return toml.readable();
    }

    /** Why the file could not be read, as a phrase; null when it was. */
    public String error() {
        String error = toml.error();
        return error != null && error.endsWith(".") ? error.substring(0, error.length() - 1) : error;
    }

    /** {@code [database.<name>]} as written. */
    public Optional<DatasourceTable> datasource(String name) {
        return toml.datasource(name);
    }

    /** The node at a dotted path; a missing node when any part is absent. */
    public JsonNode at(String dottedPath) {
        return toml.at(dottedPath);
    }

    public boolean has(String dottedPath) {
        return !at(dottedPath).isMissingNode();
    }

    /** A scalar value as text (strings, numbers and booleans alike); empty when absent or not a scalar. */
    public Optional<String> text(String dottedPath) {
        return toml.text(dottedPath);
    }

    /** The elements of an array of tables or values; empty when absent. */
    public List<JsonNode> array(String dottedPath) {
        JsonNode n = at(dottedPath);
        List<JsonNode> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    /** Every string value anywhere in the file, for reference scans such as {@code $secret{...}}. */
    public List<String> allStrings() {
        List<String> out = new ArrayList<>();
        collect(toml.root(), out);
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
        } else if (n.isContainerNode()) {
            n.forEach(child -> collect(child, out));
        }
    }
}
