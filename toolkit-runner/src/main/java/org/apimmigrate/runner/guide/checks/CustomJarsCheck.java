package org.apimmigrate.runner.guide.checks;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.config.DriverJars;
import org.apimmigrate.runner.guide.files.JarFolder;
import org.apimmigrate.runner.guide.files.MigrationTool;
import org.apimmigrate.runner.guide.fix.CopyFiles;
import org.apimmigrate.runner.guide.config.ApimHome;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * Guide Steps 1.5 and 1.6: jars added by hand to 3.2.0's {@code components/lib} and bundles added to its
 * {@code dropins} are in the same folder of 4.0.0 (in any version). Not carried over: the migration tools, JDBC
 * drivers (their own item), and the bundles a Carbon server makes in {@code dropins} from the jars in {@code lib}.
 */
public final class CustomJarsCheck implements GuideCheck {

    private final String id;
    private final Function<ApimHome, Path> folder;

    private CustomJarsCheck(String id, Function<ApimHome, Path> folder) {
        this.id = id;
        this.folder = folder;
    }

    public static CustomJarsCheck dropins() {
        return new CustomJarsCheck("custom-dropins", ApimHome::dropins);
    }

    public static CustomJarsCheck lib() {
        return new CustomJarsCheck("custom-lib-jars", ApimHome::lib);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CONFIGURATION;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        Path oldDir = folder.apply(ctx.old().home());
        Path newDir = folder.apply(ctx.newHome());
        Path oldLibDir = ctx.old().home().lib();
        List<Path> oldLib = oldDir.equals(oldLibDir) ? List.of() : JarFolder.jars(oldLibDir);
        List<Path> custom = JarFolder.jars(oldDir).stream()
                .filter(j -> !MigrationTool.anyJar(j))
                .filter(j -> !DriverJars.anyVendorsDriver(j))
                .filter(j -> oldLib.stream().noneMatch(l -> madeFromLib(j, l)))
                .toList();
        if (custom.isEmpty()) {
            return ctx.item(this).done("3.2.0 has no custom jars in " + oldDir);
        }
        List<Path> missing = custom.stream().filter(j -> !JarFolder.holdsArtifactOf(newDir, j)).toList();
        if (missing.isEmpty()) {
            return ctx.item(this).done("all " + custom.size() + " present: " + names(custom));
        }
        StringBuilder snippet = new StringBuilder();
        missing.forEach(j -> snippet.append("cp ").append(j).append(' ').append(newDir).append("/\n"));
        return ctx.item(this).fix(snippet.toString()).action(new CopyFiles(missing, newDir))
                .todo(missing.size() + " of " + custom.size() + " missing in " + newDir + ": " + names(missing));
    }

    /** Carbon turns {@code lib/my-lib-1.0.jar} into {@code dropins/my_lib_1.0_1.0.0.jar}. */
    private static boolean madeFromLib(Path dropin, Path libJar) {
        String lib = libJar.getFileName().toString();
        String base = lib.substring(0, lib.length() - 4).replace('-', '_').toLowerCase(Locale.ROOT);
        return dropin.getFileName().toString().toLowerCase(Locale.ROOT).startsWith(base + "_");
    }

    private static String names(List<Path> jars) {
        return String.join(", ", jars.stream().map(p -> p.getFileName().toString()).toList());
    }
}
