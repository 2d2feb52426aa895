package org.apimmigrate.runner.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An API-M 3.2.0 home as a customer ran it (MySQL databases, a custom handler jar and mediator bundle, their own
 * keystores, a customised throttle-out sequence) and a 4.0.0 home as it comes out of the zip, plus the changes the
 * guide makes to it, one method per step.
 */
final class Homes {

    static final Instant OLD_PACK_TIME = Instant.parse("2020-08-28T10:00:00Z");
    static final Instant NEW_PACK_TIME = Instant.parse("2021-04-20T10:00:00Z");
    static final List<String> SEQUENCES = List.of("_auth_failure_handler_.xml", "_cors_request_handler_.xml",
            "_throttle_out_handler_.xml", "fault.xml", "main.xml");

    final Path oldHome;
    final Path newHome;

    Homes(Path root) {
        this.oldHome = root.resolve("wso2am-3.2.0");
        this.newHome = root.resolve("wso2am-4.0.0");
        writeOld();
        writeFreshNew();
    }

    // ---- 3.2.0 as it ran

    private void writeOld() {
        write(oldHome, "repository/conf/deployment.toml", """
                [server]
                hostname = "apim.acme.example"
                node_ip = "127.0.0.1"
                server_role = "default"

                [super_admin]
                username = "admin"
                password = "$secret{admin_password}"
                create_admin_account = true

                [user_store]
                type = "database"

                [database.apim_db]
                type = "mysql"
                url = "jdbc:mysql://db.acme.example:3306/apim_db?useSSL=false"
                username = "apimadmin"
                password = "$secret{db_password}"

                [database.shared_db]
                type = "mysql"
                url = "jdbc:mysql://db.acme.example:3306/shared_db?useSSL=false"
                username = "apimadmin"
                password = "$secret{db_password}"

                [keystore.tls]
                file_name = "wso2carbon.jks"
                type = "JKS"
                password = "wso2carbon"
                alias = "wso2carbon"
                key_password = "wso2carbon"

                [[apim.gateway.environment]]
                name = "Production and Sandbox"
                type = "hybrid"
                display_in_api_console = true
                service_url = "https://localhost:${mgt.transport.https.port}/services/"

                [secrets]
                admin_password = "T2xkQ2lwaGVyQWRtaW4="
                db_password = "T2xkQ2lwaGVyRGI="
                """);
        registryVersioning(false);
        jar(oldHome.resolve("repository/components/lib"), "mysql-connector-java-8.0.19.jar");
        jar(oldHome.resolve("repository/components/lib"), "acme-auth-handler-1.2.0.jar");
        jar(oldHome.resolve("repository/components/dropins"), "org.acme.gateway.mediator_1.0.0.jar");
        // the bundles a 3.2.0 server made from its lib jars: not custom bundles
        jar(oldHome.resolve("repository/components/dropins"), "mysql_connector_java_8.0.19_1.0.0.jar");
        jar(oldHome.resolve("repository/components/dropins"), "acme_auth_handler_1.2.0_1.0.0.jar");
        copyKeystore("old-wso2carbon.jks", oldHome, "wso2carbon.jks");
        copyKeystore("old-client-truststore.jks", oldHome, "client-truststore.jks");
        sequences(oldHome, OLD_PACK_TIME);
        Path customised = oldHome.resolve(sequencesDir()).resolve("_throttle_out_handler_.xml");
        write(customised, """
                <sequence xmlns="http://ws.apache.org/ns/synapse" name="_throttle_out_handler_">
                    <log level="custom"><property name="ACME" value="throttled"/></log>
                    <property name="X-Acme-Retry-After" value="60" scope="transport"/>
                </sequence>
                """);
        touch(customised, Instant.parse("2021-02-03T09:00:00Z"));
        write(oldHome, "bin/wso2server.sh", "#!/bin/sh\n# Carbon start script\nexec java $JAVA_OPTS org.wso2.carbon.bootstrap.Bootstrap \"$@\"\n");
    }

    void registryVersioning(boolean on) {
        write(oldHome, "repository/conf/registry.xml", """
                <wso2registry>
                    <currentDBConfig>wso2registry</currentDBConfig>
                    <readOnly>false</readOnly>
                    <enableCache>true</enableCache>
                    <registryRoot>/</registryRoot>
                    <dbConfig name="wso2registry">
                        <dataSource>jdbc/WSO2SharedDB</dataSource>
                    </dbConfig>
                    <staticConfiguration>
                        <versioningProperties>%1$s</versioningProperties>
                        <versioningComments>%1$s</versioningComments>
                        <versioningTags>%1$s</versioningTags>
                        <versioningRatings>%1$s</versioningRatings>
                    </staticConfiguration>
                </wso2registry>
                """.formatted(on));
    }

    // ---- 4.0.0 as unpacked

    private void writeFreshNew() {
        write(newHome, "repository/conf/deployment.toml", """
                [server]
                hostname = "localhost"
                node_ip = "127.0.0.1"
                server_role = "default"

                [super_admin]
                username = "admin"
                password = "admin"
                create_admin_account = true

                [user_store]
                type = "database_unique_id"

                [database.apim_db]
                type = "h2"
                url = "jdbc:h2:./repository/database/WSO2AM_DB;DB_CLOSE_ON_EXIT=FALSE"
                username = "wso2carbon"
                password = "wso2carbon"

                [database.shared_db]
                type = "h2"
                url = "jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE"
                username = "wso2carbon"
                password = "wso2carbon"

                [keystore.tls]
                file_name =  "wso2carbon.jks"
                type =  "JKS"
                password =  "wso2carbon"
                alias =  "wso2carbon"
                key_password =  "wso2carbon"

                [[apim.gateway.environment]]
                name = "Default"
                type = "hybrid"
                display_in_api_console = true
                service_url = "https://localhost:${mgt.transport.https.port}/services/"

                [apim.sync_runtime_artifacts.gateway]
                gateway_labels = ["Default"]
                """);
        mkdirs(newHome.resolve("repository/components/lib"));
        mkdirs(newHome.resolve("repository/components/dropins"));
        mkdirs(newHome.resolve("repository/database"));
        copyKeystore("new-wso2carbon.jks", newHome, "wso2carbon.jks");
        copyKeystore("new-client-truststore.jks", newHome, "client-truststore.jks");
        sequences(newHome, NEW_PACK_TIME);
        write(newHome, "bin/api-manager.sh", "#!/bin/sh\n# API-M start script\nexec java $JAVA_OPTS org.wso2.carbon.bootstrap.Bootstrap \"$@\"\n");
        write(newHome, "bin/api-manager.bat", "@echo off\nrem API-M start script\nset CMD_LINE_ARGS=-Xbootclasspath/a:%CARBON_CLASSPATH%\n");
    }

    // ---- the guide's steps on the 4.0.0 home

    void writeNewToml(NewToml toml) {
        write(newHome, "repository/conf/deployment.toml", toml.render());
    }

    void copyCustomJars() {
        jar(newHome.resolve("repository/components/lib"), "mysql-connector-java-8.0.28.jar");
        jar(newHome.resolve("repository/components/lib"), "acme-auth-handler-1.2.0.jar");
        jar(newHome.resolve("repository/components/dropins"), "org.acme.gateway.mediator_1.0.0.jar");
    }

    void copyKeystores() {
        copyKeystore("old-wso2carbon.jks", newHome, "wso2carbon.jks");
        copyKeystore("old-client-truststore.jks", newHome, "client-truststore.jks");
    }

    void dropInIdentityMigration(String config) {
        write(newHome, "migration-resources/migration-config.yaml", config);
        write(newHome, "migration-resources/5.11.0/dbscripts/step1/identity/mysql.sql", "-- identity step 1\n");
        jar(newHome.resolve("repository/components/dropins"), "org.wso2.carbon.is.migration-1.0.112.jar");
    }

    void removeIdentityMigration() {
        delete(newHome.resolve("migration-resources"));
        delete(newHome.resolve("repository/components/dropins/org.wso2.carbon.is.migration-1.0.112.jar"));
    }

    void dropInMigrationClient() {
        write(newHome, "migration-resources/migration-scripts/3.2.0/readme.txt", "API-M client resources\n");
        jar(newHome.resolve("repository/components/dropins"), "org.wso2.carbon.apimgt.migrate.client-4.0.0.jar");
    }

    void removeMigrationClient() {
        delete(newHome.resolve("migration-resources"));
        delete(newHome.resolve("repository/components/dropins/org.wso2.carbon.apimgt.migrate.client-4.0.0.jar"));
    }

    void mergeSequence(String name) {
        Path f = newHome.resolve(sequencesDir()).resolve(name);
        write(f, "<sequence xmlns=\"http://ws.apache.org/ns/synapse\" name=\"" + name.replace(".xml", "")
                + "\"><!-- merged Acme changes --></sequence>\n");
        touch(f, Instant.parse("2021-06-01T12:00:00Z"));
    }

    /** What a start of 4.0.0 leaves: the solr index. */
    void serverStarted() {
        write(newHome, "solr/data/index/segments_1", "index");
    }

    // ---- helpers

    static String sequencesDir() {
        return "repository/deployment/server/synapse-configs/default/sequences";
    }

    private void sequences(Path home, Instant packTime) {
        for (String name : SEQUENCES) {
            Path f = home.resolve(sequencesDir()).resolve(name);
            write(f, "<sequence xmlns=\"http://ws.apache.org/ns/synapse\" name=\"" + name.replace(".xml", "")
                    + "\"/>\n");
            touch(f, packTime);
        }
    }

    private static void copyKeystore(String made, Path home, String name) {
        try {
            Path target = home.resolve("repository/resources/security").resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(Keystores.all().resolve(made), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void jar(Path dir, String name) {
        write(dir.resolve(name), "PK fake jar " + name);
    }

    static void write(Path home, String relative, String content) {
        write(home.resolve(relative), content);
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void touch(Path file, Instant time) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> s = Files.walk(path)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below the folder with its content hash and time: what "no file changed" compares. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isDirectory(p)) {
                    out.put(key + "/", "dir");
                } else {
                    out.put(key, sha256(Files.readAllBytes(p)) + "@" + Files.getLastModifiedTime(p).toMillis());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
