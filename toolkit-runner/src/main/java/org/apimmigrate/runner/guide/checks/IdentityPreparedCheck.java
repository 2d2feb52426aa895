package org.apimmigrate.runner.guide.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.files.JarFolder;
import org.apimmigrate.runner.guide.files.MigrationResources;
import org.apimmigrate.runner.guide.files.MigrationTool;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * Guide Step 2 (identity) 2-4: the identity migration's {@code migration-resources} and jar are dropped into the
 * 4.0.0 home, and {@code migration-config.yaml} migrates 5.10.0 to 5.11.0 without the three migrators the guide removes.
 */
public final class IdentityPreparedCheck implements GuideCheck {

    @Override
    public String id() {
        return "identity-migration-prepared";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.IDENTITY;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("drop-in");
        Probe<Boolean> ran = ctx.progress().identityMigrated();
        if (Probe.isTrue(ran)) {
            return item.done("the identity migration has run");
        }
        Path resources = ctx.newHome().migrationResources();
        boolean hasResources = MigrationResources.owner(resources).filter(MigrationTool.IDENTITY::equals).isPresent();
        List<Path> jars = JarFolder.matching(ctx.newHome().dropins(), MigrationTool.IDENTITY.jarGlob());
        if (hasResources) {
            List<String> problems = MigrationResources.identityConfigProblems(
                    resources.resolve(MigrationResources.CONFIG));
            if (!problems.isEmpty()) {
                return item.snippet("config").wrong(MigrationResources.CONFIG + ": " + String.join("; ", problems));
            }
        }
        List<String> missing = new ArrayList<>();
        if (!hasResources) {
            missing.add("the identity migration's migration-resources (with " + MigrationResources.CONFIG + ")");
        }
        if (jars.isEmpty()) {
            missing.add(MigrationTool.IDENTITY.jarGlob() + " in dropins");
        }
        if (missing.isEmpty()) {
            return item.done("dropped in (" + jars.get(0).getFileName() + ") and configured for 5.10.0 -> 5.11.0");
        }
        Optional<String> unknown = Optional.ofNullable(ran.reason());
        if (unknown.isPresent() && missing.size() == 2) {
            return item.uncheckable("nothing of the identity migration is in the 4.0.0 home, and whether it has "
                    + "already run cannot be read: " + unknown.get());
        }
        return item.todo("missing: " + String.join(", ", missing));
    }
}
