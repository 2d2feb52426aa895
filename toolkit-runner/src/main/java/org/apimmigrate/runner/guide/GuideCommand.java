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
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.report.ChecklistText;
import org.apimmigrate.runner.report.ReportDocument;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.report.ReportFiles;
import org.apimmigrate.runner.report.ReportOption;
import org.apimmigrate.runner.report.ReportRecorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.apimmigrate.runner.guide.config.ApimHome;
import org.apimmigrate.runner.guide.fix.Fix;
import org.apimmigrate.runner.guide.fix.Backups;
import org.apimmigrate.runner.guide.item.GuideContext;

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
            "Changes nothing unless --fix is given. --json prints the run report (docs/REPORT-SCHEMA.md, section "
                    + "checklist) instead of the text; --report-dir also writes it as report.json, report.md and "
                    + "report.html."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing is to do or wrong (items that cannot be checked are yours to confirm)",
            "1:some item is to do or wrong",
            "2:bad usage, e.g. a home folder that is not an API-M home"})
public class GuideCommand implements Callable<Integer> {

    public static final int EXIT_DONE = ExitCodes.OK;
    public static final int EXIT_OPEN = ExitCodes.BLOCKED;
    public static final int EXIT_USAGE = ExitCodes.USAGE;

    @Option(names = "--old-home", required = true, paramLabel = "<API-M_3.2.0_HOME>",
            description = "The 3.2.0 home the configuration comes from.")
    Path oldHome;

    @Option(names = "--new-home", required = true, paramLabel = "<API-M_4.0.0_HOME>",
            description = "The 4.0.0 home being set up.")
    Path newHome;

    @Option(names = "--json", description = "Print the checklist as the report's JSON (report.json), for automation.")
    boolean json;

    @Option(names = "--fix", description = "Repair the items whose fix is safe and mechanical (missing driver or "
            + "validationQuery, [realm_manager] data_source, jars and keystores copied from the old home, solr moved "
            + "aside); every file it changes or replaces is kept as <file>.bak-<time>.")
    boolean fix;

    @Option(names = "--solr-backup", paramLabel = "<path>",
            description = "Where you backed up the solr folder, if not beside it in the new home.")
    Path solrBackup;

    @Mixin
    ReportOption report;

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
        Path reportFolder = report.prepare(spec.name());
        ApimHome oldApim = new ApimHome(oldHome);
        ApimHome newApim = new ApimHome(newHome);
        ReportRecorder recorder = new ReportRecorder(ReportRecorder.commandLine(spec), clock);
        List<String> fixed = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (MigrationProgress progress = new JdbcMigrationProgress(newApim, environment)) {
            GuideContext context = context(oldApim, progress);
            List<ChecklistItem> items = ChecklistRun.run(Checklist.all(), context);
            if (fix) {
                applyFixes(context.fixes(), fixed, failures);
                if (!fixed.isEmpty()) {
                    items = ChecklistRun.run(Checklist.all(), context(new ApimHome(oldHome), progress));
                }
            }
            progress.databases().forEach(d -> recorder.databaseTried(d.name(), d.url(), d.reachable() ? null
                    : d.reason()));
            recorder.checklist(oldApim.root().toString(), newApim.root().toString(), items, fixed, failures);
            int code = items.stream().anyMatch(i -> i.verdict().open()) ? EXIT_OPEN : EXIT_DONE;
            ReportDocument document = recorder.build(code, "");
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                // as it is, like the text (see ChecklistText); the report files are scrubbed as every report is
                out.print(ReportFiles.json(document));
                out.flush();
            } else {
                ChecklistText.print(document, out);
            }
            if (reportFolder != null) {
                Path html = ReportFiles.write(reportFolder, document);
                PrintWriter where = json ? err : out; // stdout of --json is the JSON alone
                where.println("Report: " + html.toAbsolutePath() + " (with " + ReportFiles.MARKDOWN + " and "
                        + ReportFiles.JSON + " beside it)");
                where.flush();
            }
            return code;
        }
    }

    private GuideContext context(ApimHome old, MigrationProgress progress) {
        return new GuideContext(old, new ApimHome(newHome), progress, Optional.ofNullable(solrBackup));
    }

    private void applyFixes(Map<String, Fix> fixes, List<String> fixed, List<String> failures) {
        Backups backups = new Backups(clock);
        fixes.forEach((itemId, f) -> {
            try {
                fixed.addAll(f.apply(backups));
            } catch (IOException | RuntimeException e) {
                failures.add(itemId + ": " + e.getMessage());
            }
        });
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
