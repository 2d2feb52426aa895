package org.apimmigrate.runner.guide;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apimmigrate.runner.guide.progress.JdbcMigrationProgress;
import org.apimmigrate.runner.guide.progress.MigrationProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code apim-migrate guide}: the whole 3.2.0 -> 4.0.0 upgrade guide as a checklist, checked on the two homes and on
 * the databases of the new deployment.toml (through the same journal as {@code migrate}). Reads only, unless
 * {@code --fix} is given.
 */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = {
            "Walks the whole 3.2.0 -> 4.0.0 upgrade guide as an ordered checklist: configuration, drivers and custom "
                    + "jars, keystores and secure vault, the SQL phases, WSO2's identity migration and migration "
                    + "client (dropped in, run, removed again), re-indexing and the solr index, and customised "
                    + "sequences. Each item is done, to do, wrong or cannot be checked, with the one command or "
                    + "snippet that fixes it. Run it again to see progress.",
            "Database state is read from the databases of the NEW deployment.toml, through the journal `migrate` "
                    + "writes. A password held as $secret{...} comes from APIM_MIGRATE_<NAME>_PASSWORD "
                    + "(e.g. APIM_MIGRATE_APIM_DB_PASSWORD, APIM_MIGRATE_SHARED_DB_PASSWORD).",
            "Changes nothing unless --fix is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing is to do or wrong (items that cannot be checked are yours to confirm)",
            "1:some item is to do or wrong",
            "2:bad usage, e.g. a home folder that is not an API-M home"})
public class GuideCommand implements Callable<Integer> {

    public static final int EXIT_DONE = 0;
    public static final int EXIT_OPEN = 1;
    public static final int EXIT_USAGE = 2;

    @Option(names = "--old-home", required = true, paramLabel = "<API-M_3.2.0_HOME>",
            description = "The 3.2.0 home the configuration comes from.")
    Path oldHome;

    @Option(names = "--new-home", required = true, paramLabel = "<API-M_4.0.0_HOME>",
            description = "The 4.0.0 home being set up.")
    Path newHome;

    @Option(names = "--json", description = "Print the checklist as JSON, for automation.")
    boolean json;

    @Option(names = "--fix", description = "Repair the items whose fix is safe and mechanical (missing driver or "
            + "validationQuery, [realm_manager] data_source, jars and keystores copied from the old home, solr moved "
            + "aside); every file it changes or replaces is kept as <file>.bak-<time>.")
    boolean fix;

    @Option(names = "--solr-backup", paramLabel = "<path>",
            description = "Where you backed up the solr folder, if not beside it in the new home.")
    Path solrBackup;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Clock clock;

    public GuideCommand() {
        this(System.getenv(), Clock.systemDefaultZone());
    }

    /** For tests: the environment passwords come from, and the clock backup names come from. */
    public GuideCommand(Map<String, String> environment, Clock clock) {
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usage = usageProblem();
        if (usage.isPresent()) {
            err.println(usage.get());
            err.flush();
            return EXIT_USAGE;
        }
        ApimHome oldApim = new ApimHome(oldHome);
        List<String> fixed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        GuideReport report;
        try (MigrationProgress progress = new JdbcMigrationProgress(new ApimHome(newHome), environment)) {
            List<ItemResult> items = run(oldApim, progress);
            if (fix) {
                applyFixes(items, fixed, failures);
                if (!fixed.isEmpty()) {
                    items = run(new ApimHome(oldHome), progress);
                }
            }
            report = new GuideReport(oldApim.root(), new ApimHome(newHome).root(), items, progress.databases(),
                    fixed, failures);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonReport.print(report, out);
        } else {
            TextReport.print(report, out);
        }
        return report.exitCode();
    }

    private List<ItemResult> run(ApimHome old, MigrationProgress progress) {
        GuideContext ctx = new GuideContext(old, new ApimHome(newHome), progress, Optional.ofNullable(solrBackup));
        return ChecklistRun.run(Checklist.all(), ctx);
    }

    private void applyFixes(List<ItemResult> items, List<String> fixed, List<String> failures) {
        Backups backups = new Backups(clock);
        for (ItemResult item : items) {
            if (item.autoFix().isEmpty()) {
                continue;
            }
            try {
                fixed.addAll(item.autoFix().get().apply(backups));
            } catch (IOException | RuntimeException e) {
                failures.add(item.id() + ": " + e.getMessage());
            }
        }
    }

    private Optional<String> usageProblem() {
        for (String option : List.of("--old-home", "--new-home")) {
            Path home = option.equals("--old-home") ? oldHome : newHome;
            if (!Files.isDirectory(home)) {
                return Optional.of(option + " " + home + " is not a folder");
            }
            if (!new ApimHome(home).looksLikeHome()) {
                return Optional.of(option + " " + home + " is not an API Manager home (no repository/conf)");
            }
        }
        if (new ApimHome(oldHome).root().equals(new ApimHome(newHome).root())) {
            return Optional.of("--old-home and --new-home are the same folder");
        }
        return Optional.empty();
    }
}
