package org.apimmigrate.runner.guide.checks;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apimmigrate.runner.config.SecretReferences;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * The guide's SymmetricKeyInternalCryptoProvider step: {@code [encryption] key} holds an AES key in hex (as
 * {@code openssl enc -aes-128-cbc -P} prints it) or a secure-vault reference, set before the identity migration,
 * which encrypts with it. The key itself is never shown.
 */
public final class EncryptionKeyCheck implements GuideCheck {

    private static final Pattern HEX_KEY = Pattern.compile("(?i)[0-9a-f]{32}|[0-9a-f]{48}|[0-9a-f]{64}");

    @Override
    public String id() {
        return "encryption-key";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.SECURITY;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("set");
        if (!ctx.newToml().readable()) {
            return item.uncheckable("the new deployment.toml cannot be read");
        }
        Optional<String> key = ctx.newToml().text("encryption.key");
        if (key.isEmpty()) {
            Probe<Boolean> identity = ctx.progress().identityMigrated();
            return Probe.isTrue(identity)
                    ? item.wrong("[encryption] key is not set, and the identity migration has already run without it")
                    : item.todo("[encryption] key is not set; it must be before the identity migration runs");
        }
        if (SecretReferences.isReference(key.get())) {
            return item.done("[encryption] key is a secure-vault secret");
        }
        if (!HEX_KEY.matcher(key.get().strip()).matches()) {
            return item.wrong("[encryption] key is not a 128, 192 or 256 bit key in hex (value not shown)");
        }
        return item.done("[encryption] key is set (" + key.get().strip().length() * 4 + " bit, value not shown)");
    }
}
