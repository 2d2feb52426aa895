package org.apimmigrate.runner.guide.checks;

import java.nio.file.Files;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.config.TomlConfig;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** The new deployment.toml exists and parses: every configuration item reads it. */
public final class DeploymentTomlCheck implements GuideCheck {

    @Override
    public String id() {
        return "deployment-toml";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CONFIGURATION;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        TomlConfig toml = ctx.newToml();
        TomlConfig old = ctx.old().toml();
        String oldNote = old.readable() ? "" : "; the old one cannot be read (" + old.error()
                + "), so items that compare with 3.2.0 cannot be checked";
        if (toml.readable()) {
            return ctx.item(this).done(toml.file() + " parses" + oldNote);
        }
        if (!Files.exists(toml.file())) {
            return ctx.item(this).snippet("missing").todo(toml.error() + oldNote);
        }
        return ctx.item(this).snippet("broken").wrong(toml.error() + oldNote);
    }
}
