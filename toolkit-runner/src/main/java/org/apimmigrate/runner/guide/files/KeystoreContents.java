package org.apimmigrate.runner.guide.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The aliases of a keystore and the SHA-256 fingerprint of each alias's certificate. JKS files are read without a
 * password; PKCS12 files hide certificates without one, so the candidate passwords (from deployment.toml, and WSO2's
 * default) are tried. Passwords are never reported.
 *
 * @param fingerprints alias to certificate fingerprint; an empty string where no certificate could be read
 */
public record KeystoreContents(Path file, Map<String, String> fingerprints) {

    /** The contents, or empty when the file is not a keystore the JDK can open. */
    public static Optional<KeystoreContents> read(Path file, List<char[]> candidatePasswords) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<char[]> tries = new ArrayList<>();
        tries.add(null);
        tries.addAll(candidatePasswords);
        KeystoreContents best = null;
        for (char[] password : tries) {
            try {
                KeystoreContents c = load(file, password);
                if (best == null || c.certificates() > best.certificates()) {
                    best = c;
                }
                if (c.certificates() == c.fingerprints.size()) {
                    break;
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                // wrong password or not a keystore: try the next candidate
            }
        }
        return Optional.ofNullable(best);
    }

    private static KeystoreContents load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(file.toFile(), password);
        Map<String, String> out = new LinkedHashMap<>();
        for (String alias : Collections.list(ks.aliases()).stream().sorted().toList()) {
            Certificate c = ks.getCertificate(alias);
            out.put(alias, c == null ? "" : HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(c.getEncoded())));
        }
        return new KeystoreContents(file, out);
    }

    private long certificates() {
        return fingerprints.values().stream().filter(f -> !f.isEmpty()).count();
    }

    /** What of the other keystore is not here (missing aliases or different certificates); empty when all is. */
    public List<String> missingFrom(KeystoreContents other) {
        List<String> out = new ArrayList<>();
        other.fingerprints.forEach((alias, print) -> {
            String mine = fingerprints.get(alias);
            if (mine == null) {
                out.add("alias " + alias + " is missing");
            } else if (!print.isEmpty() && !mine.isEmpty() && !print.equals(mine)) {
                out.add("alias " + alias + " holds another certificate");
            }
        });
        return out;
    }
}
