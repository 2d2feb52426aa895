package org.apimmigrate.runner.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Configuration;
import org.apimmigrate.runner.config.Datasource;
import org.apimmigrate.runner.config.DeploymentToml;
import org.apimmigrate.runner.config.PasswordResolver;
import picocli.CommandLine.Option;

/** Where the databases are: as an API-M 4.0.0 home, a deployment.toml, or plain JDBC URLs. */
public final class DatabaseOptions {

    @Option(names = "--apim-home", paramLabel = "<API-M_4.0.0_HOME>",
            description = "Reads repository/conf/deployment.toml ([database.apim_db], [database.shared_db], "
                    + "[database.user], [database.config]) and loads the JDBC drivers in repository/components/lib.")
    Path apimHome;

    @Option(names = "--config", paramLabel = "<deployment.toml>",
            description = "A deployment.toml to read the datasources from (instead of --apim-home).")
    Path config;

    @Option(names = "--lib", paramLabel = "<dir>",
            description = "A folder of JDBC driver jars to load besides the bundled drivers (repeatable).")
    List<Path> lib = new ArrayList<>();

    @Option(names = "--am-url", paramLabel = "<jdbc-url>", description = "JDBC URL of WSO2AM_DB (replaces "
            + "[database.apim_db]); the password comes from APIM_MIGRATE_APIM_DB_PASSWORD (or --ask-passwords).")
    String amUrl;

    @Option(names = "--am-user", paramLabel = "<user>", description = "Database user for --am-url.")
    String amUser;

    @Option(names = "--shared-url", paramLabel = "<jdbc-url>", description = "JDBC URL of SHARED_DB, the registry "
            + "(replaces [database.shared_db]); the password comes from APIM_MIGRATE_SHARED_DB_PASSWORD (or "
            + "--ask-passwords).")
    String sharedUrl;

    @Option(names = "--shared-user", paramLabel = "<user>", description = "Database user for --shared-url.")
    String sharedUser;

    @Option(names = "--ask-passwords", description = "Ask on the terminal for every password not given otherwise.")
    boolean askPasswords;

    public Configuration configuration() {
        if (apimHome != null && config != null) {
            throw Failure.usage("--apim-home and --config both name a deployment.toml.", "Give only one of them.");
        }
        PasswordResolver passwords = PasswordResolver.system(askPasswords);
        List<Path> driverDirs = new ArrayList<>();
        DeploymentToml.Datasources fromToml = new DeploymentToml.Datasources(Map.of(), Map.of());
        if (apimHome != null) {
            if (!Files.isDirectory(apimHome)) {
                throw Failure.usage("--apim-home " + apimHome + " is not a folder.", "Give the API-M 4.0.0 home "
                        + "folder, the one holding repository/conf/deployment.toml.");
            }
            fromToml = DeploymentToml.read(apimHome.resolve("repository/conf/deployment.toml"), passwords);
            driverDirs.add(apimHome.resolve("repository/components/lib"));
        } else if (config != null) {
            fromToml = DeploymentToml.read(config, passwords);
        }
        for (Path dir : lib) {
            if (!Files.isDirectory(dir)) {
                throw Failure.usage("--lib " + dir + " is not a folder" + (Files.exists(dir) ? "" : " (it does not "
                        + "exist)") + ", so no driver would be loaded from it.", "Give the folder that holds the JDBC "
                        + "driver jars (e.g. <API-M_HOME>/repository/components/lib), or leave --lib out: the drivers "
                        + "of every supported database are bundled.");
            }
        }
        driverDirs.addAll(lib);
        Datasource apim = amUrl != null ? plain("apim_db", amUrl, amUser, "--am-url", passwords)
                : fromToml.get("apim_db");
        Datasource shared = sharedUrl != null ? plain("shared_db", sharedUrl, sharedUser, "--shared-url", passwords)
                : fromToml.get("shared_db");
        require(apim, "apim_db", "--am-url");
        require(shared, "shared_db", "--shared-url");
        typeMatchesUrl(apim);
        typeMatchesUrl(shared);
        List<Datasource> others = fromToml.datasources().values().stream()
                .filter(d -> !d.name().equals("apim_db") && !d.name().equals("shared_db")).toList();
        return new Configuration(apim, shared, others, fromToml.unusable(), driverDirs);
    }

    private static Datasource plain(String name, String url, String user, String option, PasswordResolver passwords) {
        return new Datasource(name, null, url.strip(), user, passwords.resolve(name, null, option), null, option);
    }

    /**
     * deployment.toml's {@code type} picks the SQL the API Manager runs; a type that names another vendor than the
     * URL would make 4.0.0 fail at start-up, so it stops here with nothing changed.
     */
    private static void typeMatchesUrl(Datasource ds) {
        if (ds.type() == null || ds.type().isBlank()) {
            return;
        }
        Optional<Vendor> urlVendor = Vendors.forUrl(ds.url());
        Optional<Vendor> type = Vendors.forTomlType(ds.type());
        if (type.isEmpty()) {
            throw Failure.usage(ds.origin() + " has type = \"" + ds.type() + "\", which API-M 4.0.0 does not know.",
                    "Use one of " + Vendors.tomlTypes() + " (the one that matches url " + ds.safeUrl() + ").");
        }
        if (urlVendor.isPresent() && !urlVendor.get().equals(type.get())) {
            String fitting = urlVendor.get().connection().tomlType();
            throw Failure.usage(ds.origin() + " has type = \"" + ds.type() + "\" but its url " + ds.safeUrl()
                    + " is a " + urlVendor.get().displayName() + " URL; API-M 4.0.0 picks its SQL by "
                    + "type and would fail on this database.", "Set type = \"" + fitting + "\" (or correct the url)."
                    + " Nothing was changed.");
        }
    }

    private void require(Datasource ds, String name, String option) {
        if (ds == null) {
            String where = apimHome != null || config != null ? "The deployment.toml has no [database." + name + "]"
                    : "No datasource was given for " + name;
            throw Failure.usage(where + ".", "Give --apim-home <API-M_4.0.0_HOME>, --config <deployment.toml> "
                    + "with [database." + name + "], or " + option + " <jdbc-url>.");
        }
    }
}
