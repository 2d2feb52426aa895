package org.apimmigrate.runner.guide.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.files.JarFolder;
import org.apimmigrate.runner.guide.files.MigrationResources;
import org.apimmigrate.runner.guide.files.MigrationTool;
import org.apimmigrate.runner.guide.files.ServerScripts;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * What the guide drops in for one start and removes after it: the tool's jar, its {@code migration-resources} and
 * its start flags. A flag left in a start script is wrong (every start would run the tool again); left files are
 * still to remove.
 */
public final class DropInRemovalCheck implements GuideCheck {

    private final String id;
    private final GuidePhase phase;
    private final MigrationTool tool;
    private final Function<GuideContext, Probe<Boolean>> ran;

    private DropInRemovalCheck(String id, GuidePhase phase, MigrationTool tool,
                               Function<GuideContext, Probe<Boolean>> ran) {
        this.id = id;
        this.phase = phase;
        this.tool = tool;
        this.ran = ran;
    }

    public static DropInRemovalCheck identity() {
        return new DropInRemovalCheck("identity-migration-removed", GuidePhase.IDENTITY, MigrationTool.IDENTITY,
                ctx -> ctx.progress().identityMigrated());
    }

    public static DropInRemovalCheck client() {
        return new DropInRemovalCheck("migration-client-removed", GuidePhase.CLIENT, MigrationTool.CLIENT,
                ctx -> ctx.progress().clientRan());
    }

    public static DropInRemovalCheck tenantLoader() {
        return new DropInRemovalCheck("tenantloader-removed", GuidePhase.REINDEX, MigrationTool.TENANT_LOADER,
                ctx -> ctx.solr().rebuiltAfterBackup());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public GuidePhase phase() {
        return phase;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        List<String> left = new ArrayList<>();
        StringBuilder snippet = new StringBuilder();
        for (Path jar : JarFolder.matching(ctx.newHome().dropins(), tool.jarGlob())) {
            left.add("dropins/" + jar.getFileName());
            snippet.append("rm ").append(jar).append('\n');
        }
        Path resources = ctx.newHome().migrationResources();
        if (tool.bringsResources() && MigrationResources.owner(resources).filter(tool::equals).isPresent()) {
            left.add("migration-resources");
            snippet.append("rm -r ").append(resources).append('\n');
        }
        List<String> flagged = tool.startFlag() == null ? List.of()
                : ServerScripts.carrying(ctx.newHome().bin(), tool.startFlag());
        for (String script : flagged) {
            left.add("the start flag in bin/" + script);
            snippet.append("# remove ").append(tool.startFlag().pattern().replace("(?![A-Za-z])", ""))
                    .append(" from ").append(ctx.newHome().bin().resolve(script)).append('\n');
        }
        Probe<Boolean> hasRun = ran.apply(ctx);
        if (left.isEmpty()) {
            return ctx.item(this).done(Probe.isTrue(hasRun) ? "removed after the run"
                    : "nothing of " + tool.displayName() + " is in the 4.0.0 home");
        }
        String what = String.join(", ", left);
        var item = ctx.item(this).fix(snippet.toString());
        if (Probe.isTrue(hasRun)) {
            return flagged.isEmpty()
                    ? item.todo(tool.displayName() + " has run; remove " + what)
                    : item.wrong(tool.displayName() + " has run, but every start would run it again; remove " + what);
        }
        if (Probe.isFalse(hasRun)) {
            return item.todo("once " + tool.displayName() + " has run, remove " + what);
        }
        return item.todo("remove " + what + " once " + tool.displayName() + " has run (whether it ran cannot be "
                + "read: " + hasRun.reason() + ")");
    }
}
