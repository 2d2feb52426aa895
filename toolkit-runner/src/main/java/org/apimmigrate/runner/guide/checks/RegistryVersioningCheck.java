package org.apimmigrate.runner.guide.checks;

import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.JournalState;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * The guide's two ways with registry versioning that was on in 3.2.0: clean it up before 4.0.0 (recommended), or keep
 * it on with {@code [registry.static_configuration] enable = true}; never both, and never turning it on when 3.2.0 had
 * it off. The old registry.xml, the new toml and the clean-up step's journal must agree.
 */
public final class RegistryVersioningCheck implements GuideCheck {

    @Override
    public String id() {
        return "registry-versioning";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.PREPARE;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this);
        Probe<Boolean> on = ctx.old().versioningOn();
        if (!on.known()) {
            return item.uncheckable(on.reason());
        }
        if (!ctx.newToml().readable()) {
            return item.uncheckable(ctx.newToml().error());
        }
        String source = ctx.old().versioningSource();
        boolean keptOn = ctx.newToml().text("registry.static_configuration.enable").map(Boolean::parseBoolean)
                .orElse(false);
        if (!on.value()) {
            return keptOn
                    ? item.snippet("remove-keep").wrong("3.2.0 had registry versioning off (" + source + "), but the "
                            + "new deployment.toml turns it on; the guide only allows keeping it on where it was on")
                    : item.done("registry versioning was off in 3.2.0 (" + source + "): nothing to clean up");
        }
        Probe<JournalState> cleanup = ctx.progress().step(Steps.REGISTRY_VERSIONING_CLEANUP);
        if (!cleanup.known()) {
            return item.uncheckable("registry versioning was on in 3.2.0 (" + source + "); whether the clean-up ran "
                    + "cannot be read: " + cleanup.reason());
        }
        JournalState j = cleanup.value();
        boolean cleaned = j.statementsRun() > 0 || j.status() == JournalState.Status.RUNNING
                || j.status() == JournalState.Status.FAILED;
        if (keptOn) {
            return cleaned
                    ? item.snippet("remove-keep").wrong("registry versioning is kept on in the new deployment.toml, "
                            + "but the clean-up (" + j.status() + ") has removed version history: choose one")
                    : item.done("registry versioning is kept on in 4.0.0 ([registry.static_configuration] enable = "
                            + "true; the guide does not recommend it) and the clean-up has not touched the registry"
                            + (j.status() == JournalState.Status.NOT_STARTED ? "; keep it from running" : ""));
        }
        return switch (j.status()) {
            case FINISHED -> item.done("registry versioning was on in 3.2.0 (" + source + ") and the clean-up "
                    + (j.statementsRun() > 0 ? "removed the old versions" : "found nothing to remove: " + j.detail()));
            case NOT_STARTED -> item.snippet("clean").andSnippet("keep").todo("registry versioning was on in 3.2.0 ("
                    + source + "): clean it up before the first 4.0.0 start, or keep it on (not recommended)");
            case RUNNING -> item.snippet("clean").todo("the clean-up stopped midway (or is running now); the same "
                    + "command finishes it");
            case FAILED -> item.snippet("clean").wrong("the clean-up failed: " + j.detail());
        };
    }
}
