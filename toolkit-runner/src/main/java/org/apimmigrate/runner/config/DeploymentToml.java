package org.apimmigrate.runner.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.runner.Failure;

/**
 * An API-M {@code repository/conf/deployment.toml} as parsed, or why it could not be. The toolkit reads its
 * datasources as the upgrade guide tells users to set them: {@code [database.apim_db]}, {@code [database.shared_db]}
 * and the optional {@code [database.user]} and {@code [database.config]}, each with {@code type}, {@code url},
 * {@code username}, {@code password}, {@code driver} and {@code validationQuery}; the whole tree is there for
 * readers that look at more.
 */
public final class DeploymentToml {

    /** The datasources read, in this order, where present. */
    public static final List<String> DATASOURCES = List.of("apim_db", "shared_db", "user", "config");
    /** The datasources the toolkit migrates; the others are only checked for reachability. */
    private static final List<String> MIGRATED = List.of("apim_db", "shared_db");
    private static final TomlMapper MAPPER = new TomlMapper();

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

    private final Path file;
    private final JsonNode root;
    private final Failure problem;

    private DeploymentToml(Path file, JsonNode root, Failure problem) {
        this.file = file;
        this.root = root;
        this.problem = problem;
    }

    /** The datasources of the file; a missing or malformed file, or an unusable migrated datasource, stops. */
    public static Datasources read(Path file, PasswordResolver passwords) {
        DeploymentToml toml = parse(file);
        if (toml.problem != null) {
            throw toml.problem;
        }
        return toml.datasources(passwords);
    }

    /** Parses the file; a missing or malformed one gives an empty tree and says why ({@link #error()}). */
    public static DeploymentToml parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return failed(file, Failure.usage("There is no deployment.toml at " + file + ".", "Give --apim-home "
                    + "<API-M_4.0.0_HOME> (the folder holding repository/conf/deployment.toml) or --config "
                    + "<deployment.toml>."));
        }
        try {
            return new DeploymentToml(file, MAPPER.readTree(file.toFile()), null);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")";
            return failed(file, Failure.usage(file + " is not valid TOML" + where + ": " + e.getOriginalMessage(),
                    "Correct the file: the WSO2 server would refuse it too. Nothing was changed."));
        } catch (IOException e) {
            return failed(file, Failure.usage("Cannot read " + file + ": " + e.getMessage(),
                    "Check the path and its permissions."));
        }
    }

    private static DeploymentToml failed(Path file, Failure problem) {
        return new DeploymentToml(file, MissingNode.getInstance(), problem);
    }

    public Path file() {
        return file;
    }

    public boolean readable() {
        return problem == null;
    }

    /** Why the file could not be read; null when it was. */
    public String error() {
        return problem == null ? null : problem.getMessage();
    }

    /** The whole tree; a missing node where the file could not be read. */
    public JsonNode root() {
        return root;
    }

    /** The node at a dotted path, e.g. {@code database.apim_db.url}; a missing node when any part is absent. */
    public JsonNode at(String dottedPath) {
        JsonNode n = root;
        for (String part : dottedPath.split("\\.")) {
            n = n.path(part);
        }
        return n;
    }

    /** A scalar value at a dotted path as text (strings, numbers and booleans alike); empty when absent. */
    public Optional<String> text(String dottedPath) {
        return scalar(at(dottedPath));
    }

    static Optional<String> scalar(JsonNode n) {
        return n.isValueNode() && !n.isNull() ? Optional.of(n.asText()) : Optional.empty();
    }

    /** {@code [database.<name>]} as written, where the file has that table. */
    public Optional<DatasourceTable> datasource(String name) {
        JsonNode table = root.path("database").path(name);
        return table.isObject() ? Optional.of(DatasourceTable.of(name, table, file.toString())) : Optional.empty();
    }

    /**
     * The datasources, passwords resolved. One the toolkit migrates that cannot be used stops; the others are only
     * noted as unusable.
     */
    public Datasources datasources(PasswordResolver passwords) {
        Map<String, Datasource> out = new LinkedHashMap<>();
        Map<String, String> unusable = new LinkedHashMap<>();
        for (String name : DATASOURCES) {
            Optional<DatasourceTable> table = datasource(name);
            if (table.isEmpty()) {
                continue;
            }
            try {
                out.put(name, locatedInHome(table.get().resolve(passwords)));
            } catch (Failure f) {
                if (MIGRATED.contains(name)) {
                    throw f;
                }
                unusable.put(name, f.getMessage());
            }
        }
        return new Datasources(out, unusable);
    }

    /**
     * The API-M home this file belongs to: the folder holding {@code repository/conf/deployment.toml}, else the
     * file's own folder. The server runs there, so the relative paths of its URLs are relative to it.
     */
    public Path home() {
        Path conf = file.toAbsolutePath().normalize().getParent();
        Path repository = conf == null ? null : conf.getParent();
        if (conf != null && repository != null && repository.getParent() != null
                && conf.getFileName().toString().equals("conf")
                && repository.getFileName().toString().equals("repository")) {
            return repository.getParent();
        }
        return conf == null ? Path.of("").toAbsolutePath() : conf;
    }

    /** A database the URL names by a path relative to the server's working directory, found from the home. */
    private Datasource locatedInHome(Datasource ds) {
        return Vendors.forUrl(ds.url())
                .map(v -> v.files().resolvedAgainst(ds.url(), home()))
                .filter(url -> !url.equals(ds.url()))
                .map(ds::withUrl)
                .orElse(ds);
    }
}
