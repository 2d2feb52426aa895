package org.apimmigrate.verify.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * What a release engineer has on disk: an API-M 4.0.0 home whose deployment.toml names the databases as the upgrade
 * guide shows, and the old server's registry.xml.
 */
public record ApimHome(Path home, Path registryXml) {

    static final String TOML = "repository/conf/deployment.toml";

    /** @param password written as {@code password = "..."}: a plain password, or e.g. {@code $secret{alias}} */
    public static ApimHome write(Path dir, TestDatabase am, TestDatabase shared, String user, String password,
                          boolean versioningOn) {
        return write(dir, section("apim_db", am, user, password) + section("shared_db", shared, user, password),
                versioningOn);
    }

    static ApimHome write(Path dir, String databaseSections, boolean versioningOn) {
        try {
            Path home = dir.resolve("wso2am-4.0.0");
            Files.createDirectories(home.resolve("repository/conf"));
            Files.createDirectories(home.resolve("repository/components/lib"));
            Files.writeString(home.resolve(TOML), "[server]\nhostname = \"localhost\"\n\n" + databaseSections
                    + "[[apim.gateway.environment]]\nname = \"Production and Sandbox\"\n");
            Path conf = Files.createDirectories(dir.resolve("wso2am-3.2.0/repository/conf"));
            Path registryXml = conf.resolve("registry.xml");
            Files.writeString(registryXml, registryXml(versioningOn));
            return new ApimHome(home, registryXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String section(String name, TestDatabase db, String user, String password) {
        return section(name, db.url(), user, password);
    }

    static String section(String name, String url, String user, String password) {
        return "[database." + name + "]\ntype = \"" + type(url) + "\"\nurl = \"" + url + "\"\nusername = \"" + user
                + "\"\npassword = \"" + password + "\"\n\n";
    }

    private static String type(String url) {
        return url.startsWith("jdbc:postgresql") ? "postgre" : url.startsWith("jdbc:mariadb") ? "mysql" : "h2";
    }

    static String registryXml(boolean on) {
        return "<wso2registry>\n  <staticConfiguration>\n    <versioningProperties>" + on
                + "</versioningProperties>\n    <versioningComments>" + on + "</versioningComments>\n"
                + "    <versioningTags>" + on + "</versioningTags>\n    <versioningRatings>" + on
                + "</versioningRatings>\n  </staticConfiguration>\n</wso2registry>\n";
    }

    Path toml() {
        return home.resolve(TOML);
    }
}
