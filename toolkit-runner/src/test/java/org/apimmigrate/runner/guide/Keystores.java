package org.apimmigrate.runner.guide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keystores as API-M ships and uses them, made with the JDK's keytool: a key pair per home under the alias
 * {@code wso2carbon} (3.2.0's is the customer's own certificate, 4.0.0's the pack default), and truststores holding
 * certificates. Made once per JVM, then copied into each test's homes.
 */
final class Keystores {

    static final String PASSWORD = "wso2carbon";

    private static Path made;

    private Keystores() {
    }

    /** Folder with old-wso2carbon.jks, old-client-truststore.jks, new-wso2carbon.jks, new-client-truststore.jks. */
    static synchronized Path all() {
        if (made != null) {
            return made;
        }
        try {
            Path dir = Files.createTempDirectory("guide-keystores");
            dir.toFile().deleteOnExit();
            keyPair(dir.resolve("old-wso2carbon.jks"), "wso2carbon", "CN=apim.acme.example, O=Acme");
            keyPair(dir.resolve("new-wso2carbon.jks"), "wso2carbon", "CN=localhost, O=WSO2");
            keyPair(dir.resolve("partner.jks"), "partner", "CN=backend.partner.example");
            export(dir.resolve("old-wso2carbon.jks"), "wso2carbon", dir.resolve("old.crt"));
            export(dir.resolve("new-wso2carbon.jks"), "wso2carbon", dir.resolve("new.crt"));
            export(dir.resolve("partner.jks"), "partner", dir.resolve("partner.crt"));
            trust(dir.resolve("old-client-truststore.jks"), "wso2carbon", dir.resolve("old.crt"));
            trust(dir.resolve("old-client-truststore.jks"), "partner-backend", dir.resolve("partner.crt"));
            trust(dir.resolve("new-client-truststore.jks"), "wso2carbon", dir.resolve("new.crt"));
            made = dir;
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keyPair(Path store, String alias, String dname) {
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                "-dname", dname, "-storetype", "JKS", "-keystore", store.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD);
    }

    private static void export(Path store, String alias, Path cert) {
        keytool("-exportcert", "-alias", alias, "-keystore", store.toString(), "-storepass", PASSWORD, "-rfc",
                "-file", cert.toString());
    }

    private static void trust(Path store, String alias, Path cert) {
        keytool("-importcert", "-noprompt", "-alias", alias, "-file", cert.toString(), "-storetype", "JKS",
                "-keystore", store.toString(), "-storepass", PASSWORD);
    }

    private static void keytool(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("keytool " + String.join(" ", args) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
