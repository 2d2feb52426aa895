package org.apimmigrate.runner.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.apimmigrate.dialect.common.SqlResource;

/**
 * What a release engineer has on disk before migrating, made up for the demo: an API-M 4.0.0 home whose
 * deployment.toml points at the demo databases, with an (empty) components/lib, and the old 3.2.0 home's
 * registry.xml with versioning on. The demo then reads them exactly as a real run reads a real home.
 */
record DemoHome(Path apimHome, Path registryXml) {

    private static final String TEMPLATES = "org/apimmigrate/runner/demo/";

    static DemoHome write(Path dir, EmbeddedDemoDatabase db) {
        try {
            Path home = dir.resolve("wso2am-4.0.0");
            Files.createDirectories(home.resolve("repository/conf"));
            Files.createDirectories(home.resolve("repository/components/lib"));
            // the embedded server trusts local connections; a made-up password still goes the whole way
            String password = "demo-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
            Files.writeString(home.resolve("repository/conf/deployment.toml"),
                    SqlResource.fill(SqlResource.read(TEMPLATES + "deployment.toml"), java.util.Map.of(
                            "apimUrl", db.url(EmbeddedDemoDatabase.APIM_DB),
                            "sharedUrl", db.url(EmbeddedDemoDatabase.SHARED_DB),
                            "user", EmbeddedDemoDatabase.USER, "password", password)));
            Path old = dir.resolve("wso2am-3.2.0/repository/conf");
            Files.createDirectories(old);
            Path registryXml = old.resolve("registry.xml");
            Files.writeString(registryXml, SqlResource.read(TEMPLATES + "registry.xml"));
            return new DemoHome(home, registryXml);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo's API-M home into " + dir, e);
        }
    }
}
