package org.apimmigrate.runner.guide.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.files.JarFolder;
import org.apimmigrate.runner.guide.files.MigrationResources;
import org.apimmigrate.runner.guide.files.MigrationTool;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** Guide Step 2 (client) 1-2: the client's {@code migration-resources} and jar are dropped into the 4.0.0 home. */
public final class ClientPreparedCheck implements GuideCheck {

    @Override
    public String id() {
        return "migration-client-prepared";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CLIENT;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("drop-in");
        Probe<Boolean> ran = ctx.progress().clientRan();
        if (Probe.isTrue(ran)) {
            return item.done("the migration client has run");
        }
        Path resources = ctx.newHome().migrationResources();
        List<Path> jars = JarFolder.matching(ctx.newHome().dropins(), MigrationTool.CLIENT.jarGlob());
        List<String> missing = new ArrayList<>();
        var owner = MigrationResources.owner(resources);
        if (owner.isEmpty()) {
            missing.add("the client's migration-resources");
        } else if (owner.get() == MigrationTool.IDENTITY) {
            missing.add("the client's migration-resources (the identity migration's are still there)");
        }
        if (jars.isEmpty()) {
            missing.add(MigrationTool.CLIENT.jarGlob() + " in dropins");
        }
        if (missing.isEmpty()) {
            return item.done("dropped in (" + jars.get(0).getFileName() + ")");
        }
        if (!ran.known() && missing.size() == 2) {
            return item.uncheckable("nothing of the migration client is in the 4.0.0 home, and whether it has "
                    + "already run cannot be read: " + ran.reason());
        }
        return item.todo("missing: " + String.join(", ", missing));
    }
}
