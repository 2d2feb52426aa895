package org.apimmigrate.runner.guide.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apimmigrate.runner.config.SecretReferences;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * Guide Step 2.4, secure vault: every {@code $secret{alias}} of the new deployment.toml has a {@code [secrets]}
 * entry, those entries are encrypted (ciphertool turns {@code "[plain]"} values into cipher text), and the aliases
 * 3.2.0 used are configured again. Only alias names are reported, never values.
 */
public final class SecureVaultCheck implements GuideCheck {

    @Override
    public String id() {
        return "secure-vault";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.SECURITY;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this);
        if (!ctx.newToml().readable()) {
            return item.uncheckable("the new deployment.toml cannot be read");
        }
        Set<String> referenced = SecretReferences.aliases(ctx.newToml().allStrings());
        JsonNode secrets = ctx.newToml().at("secrets");
        Set<String> defined = new LinkedHashSet<>();
        List<String> plain = new ArrayList<>();
        secrets.fields().forEachRemaining(e -> {
            defined.add(e.getKey());
            String v = e.getValue().asText("");
            if (v.startsWith("[") && v.endsWith("]")) {
                plain.add(e.getKey());
            }
        });
        Set<String> undefined = new LinkedHashSet<>(referenced);
        undefined.removeAll(defined);
        if (!undefined.isEmpty()) {
            return item.snippet("define").andSnippet("encrypt").wrong("$secret{} without a [secrets] entry: "
                    + String.join(", ", undefined) + " (the server cannot start)");
        }
        Set<String> oldAliases = ctx.old().secretAliases();
        Set<String> notCarried = new LinkedHashSet<>(oldAliases);
        notCarried.removeAll(defined);
        if (!notCarried.isEmpty()) {
            return item.snippet("define").andSnippet("encrypt").todo("3.2.0 used secure vault; not configured again: "
                    + String.join(", ", notCarried));
        }
        if (!plain.isEmpty()) {
            return item.snippet("encrypt").todo("not encrypted yet: " + String.join(", ", plain));
        }
        if (defined.isEmpty()) {
            return item.done("secure vault is not used, neither in 3.2.0 nor in 4.0.0");
        }
        return item.done(defined.size() + " secret(s) configured and encrypted: " + String.join(", ", defined));
    }
}
