package org.apimmigrate.runner.guide.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A deployment.toml as read, or why it could not be read. Lookups take dotted table paths, e.g. {@code database.apim_db.url}. */
public final class TomlConfig {

    private static final TomlMapper MAPPER = new TomlMapper();

    private final Path file;
    private final JsonNode root;
    private final String error;

    private TomlConfig(Path file, JsonNode root, String error) {
        this.file = file;
        this.root = root;
        this.error = error;
    }

    public static TomlConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new TomlConfig(file, MissingNode.getInstance(), file + " does not exist");
        }
        try {
            return new TomlConfig(file, MAPPER.readTree(file.toFile()), null);
        } catch (IOException e) {
            return new TomlConfig(file, MissingNode.getInstance(), file + " does not parse: "
                    + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
    }

    public Path file() {
        return file;
    }

    public boolean readable() {
        return error == null;
    }

    /** Why the file could not be read; null when it was. */
    public String error() {
        return error;
    }

    /** The node at a dotted path; a missing node when any part is absent. */
    public JsonNode at(String dottedPath) {
        JsonNode n = root;
        for (String part : dottedPath.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    public boolean has(String dottedPath) {
        return !at(dottedPath).isMissingNode();
    }

    /** A scalar value as text (strings, numbers and booleans alike); empty when absent or not a scalar. */
    public Optional<String> text(String dottedPath) {
        JsonNode n = at(dottedPath);
        return n.isValueNode() && !n.isNull() ? Optional.of(n.asText()) : Optional.empty();
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
        collect(root, out);
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
