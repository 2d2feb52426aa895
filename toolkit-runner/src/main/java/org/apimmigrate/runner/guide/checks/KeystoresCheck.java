package org.apimmigrate.runner.guide.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apimmigrate.runner.config.SecretReferences;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.config.TomlConfig;
import org.apimmigrate.runner.guide.files.KeystoreContents;
import org.apimmigrate.runner.guide.fix.CopyFiles;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * Guide Step 2.4: the keystores and truststores of 3.2.0 ({@code wso2carbon.jks}, {@code client-truststore.jks} and
 * any custom one) replace 4.0.0's: every old alias is there with the same certificate, and the keystore files the old
 * deployment.toml named are named again.
 */
public final class KeystoresCheck implements GuideCheck {

    /** The deployment.toml tables that name keystore files. */
    private static final List<String> KEYSTORE_TABLES = List.of("keystore.primary", "keystore.tls",
            "keystore.internal", "truststore");
    /** WSO2's default keystore password: one more candidate for opening PKCS12 files. */
    private static final String DEFAULT_PASSWORD = "wso2carbon";

    @Override
    public String id() {
        return "keystores";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.SECURITY;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        Path oldDir = ctx.old().home().security();
        Path newDir = ctx.newHome().security();
        List<char[]> passwords = passwords(ctx);
        List<String> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<Path> toCopy = new ArrayList<>();
        List<Path> keystores = keystores(oldDir);
        for (Path old : keystores) {
            Path now = newDir.resolve(old.getFileName().toString());
            if (!Files.exists(now)) {
                problems.add(old.getFileName() + " is missing");
                toCopy.add(old);
                continue;
            }
            if (sameBytes(old, now)) {
                continue;
            }
            Optional<KeystoreContents> o = KeystoreContents.read(old, passwords);
            Optional<KeystoreContents> n = KeystoreContents.read(now, passwords);
            if (o.isEmpty() || n.isEmpty()) {
                unreadable.add((o.isEmpty() ? old : now).toString());
                continue;
            }
            List<String> differences = n.get().missingFrom(o.get());
            if (!differences.isEmpty()) {
                problems.add(old.getFileName() + ": " + String.join(", ", differences));
                toCopy.add(old);
            }
        }
        problems.addAll(fileNameProblems(ctx));
        if (!problems.isEmpty()) {
            StringBuilder snippet = new StringBuilder();
            toCopy.forEach(p -> snippet.append("cp ").append(p).append(' ').append(newDir).append("/\n"));
            var item = ctx.item(this).fix(snippet.toString());
            if (!toCopy.isEmpty()) {
                item.action(new CopyFiles(toCopy, newDir));
            }
            return item.todo(String.join("; ", problems));
        }
        if (!unreadable.isEmpty()) {
            return ctx.item(this).uncheckable("cannot open " + String.join(", ", unreadable)
                    + " (not a keystore, or a password the checklist does not know)");
        }
        if (keystores.isEmpty()) {
            return ctx.item(this).uncheckable("no keystore found in " + oldDir);
        }
        return ctx.item(this).done(keystores.size() + " keystore(s) in place with 3.2.0's aliases and certificates: "
                + String.join(", ", keystores.stream().map(p -> p.getFileName().toString()).toList()));
    }

    /** A keystore file 3.2.0's toml named must be named again in 4.0.0's, for the same table. */
    private static List<String> fileNameProblems(GuideContext ctx) {
        List<String> out = new ArrayList<>();
        TomlConfig old = ctx.old().toml();
        for (String table : KEYSTORE_TABLES) {
            Optional<String> was = old.text(table + ".file_name");
            Optional<String> now = ctx.newToml().text(table + ".file_name");
            if (was.isPresent() && !was.equals(now)) {
                out.add("[" + table + "] file_name is \"" + was.get() + "\" in 3.2.0 but "
                        + now.map(v -> "\"" + v + "\"").orElse("not set") + " in 4.0.0");
            }
        }
        return out;
    }

    private static List<char[]> passwords(GuideContext ctx) {
        List<char[]> out = new ArrayList<>();
        for (TomlConfig toml : List.of(ctx.newToml(), ctx.old().toml())) {
            for (String table : KEYSTORE_TABLES) {
                toml.text(table + ".password").filter(p -> !SecretReferences.isReference(p))
                        .ifPresent(p -> out.add(p.toCharArray()));
            }
        }
        out.add(DEFAULT_PASSWORD.toCharArray());
        return out;
    }

    private static List<Path> keystores(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".jks") || n.endsWith(".p12") || n.endsWith(".pfx");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Files.mismatch(a, b) == -1;
        } catch (IOException e) {
            return false;
        }
    }
}
