package org.apimmigrate.runner.guide.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.runner.guide.config.DriverJars;
import org.apimmigrate.runner.guide.files.JarFolder;
import org.apimmigrate.runner.guide.fix.CopyFiles;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** Guide Step 1.4: the JDBC driver of every database type the new deployment.toml uses is in components/lib. */
public final class JdbcDriverCheck implements GuideCheck {

    @Override
    public String id() {
        return "jdbc-drivers";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CONFIGURATION;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this);
        if (!ctx.newToml().readable()) {
            return item.uncheckable("the new deployment.toml cannot be read");
        }
        Set<ConnectionFacts> types = new LinkedHashSet<>();
        Iterator<String> names = ctx.newToml().at("database").fieldNames();
        while (names.hasNext()) {
            Vendors.forTomlType(ctx.newToml().text("database." + names.next() + ".type").orElse(""))
                    .ifPresent(v -> types.add(v.connection()));
        }
        Path newLib = ctx.newHome().lib();
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Path> fromOld = new ArrayList<>();
        StringBuilder snippet = new StringBuilder();
        for (ConnectionFacts t : types) {
            if (t.driverJars().isEmpty()) {
                continue;
            }
            List<Path> present = JarFolder.jars(newLib).stream().filter(j -> DriverJars.isDriverJar(t, j)).toList();
            if (!present.isEmpty()) {
                present.forEach(p -> found.add(p.getFileName().toString()));
                continue;
            }
            missing.add(t.tomlType() + " (" + String.join(" or ", t.driverJars()) + ")");
            List<Path> old = JarFolder.jars(ctx.old().home().lib()).stream().filter(j -> DriverJars.isDriverJar(t, j))
                    .toList();
            if (old.isEmpty()) {
                snippet.append(ctx.snippet(this, "download").replace("{type}", t.tomlType())
                        .replace("{jar}", t.driverJars().get(0))).append('\n');
            } else {
                fromOld.add(old.get(0));
                snippet.append("cp ").append(old.get(0)).append(' ').append(newLib).append("/\n");
            }
        }
        if (types.isEmpty()) {
            return item.todo("the new deployment.toml configures no database of a known type yet");
        }
        if (missing.isEmpty()) {
            return item.done(found.isEmpty() ? "only databases whose driver API-M ships"
                    : "found " + String.join(", ", found));
        }
        if (!fromOld.isEmpty()) {
            item.action(new CopyFiles(fromOld, newLib));
        }
        return item.fix(snippet.toString()).todo("no driver in " + newLib + " for " + String.join(", ", missing));
    }
}
