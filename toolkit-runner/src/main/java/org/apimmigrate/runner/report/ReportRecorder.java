package org.apimmigrate.runner.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.fingerprint.DataComparison;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.version.ToolVersion;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.preflight.DatabaseFacts;
import org.apimmigrate.runner.preflight.PreflightResult;
import picocli.CommandLine.Model.CommandSpec;

/** Collects what one command did, section by section, and turns it into a {@link ReportDocument}. */
public final class ReportRecorder {

    private final String command;
    private final Map<DatabaseRole, ConnectedDatabase> databases = new EnumMap<>(DatabaseRole.class);
    private PreflightResult preflight;
    private final List<ReportDocument.Run> runs = new ArrayList<>();
    private final List<ReportDocument.Repair> repairs = new ArrayList<>();
    private VerificationResult verify;
    private Map<DatabaseRole, List<JournalEntry>> journal;
    private final Map<DatabaseRole, String> before = new EnumMap<>(DatabaseRole.class);
    private final Map<DatabaseRole, String> after = new EnumMap<>(DatabaseRole.class);
    private final Map<DatabaseRole, List<DataComparison>> data = new EnumMap<>(DatabaseRole.class);
    private final List<ReportDocument.HistoryEntry> history = new ArrayList<>();
    private final List<RunReport> runReports = new ArrayList<>();
    private String verifyNotRun;
    private final Clock clock;
    private final List<ReportDocument.Database> databasesTried = new ArrayList<>();
    private final List<Finding> checklistFindings = new ArrayList<>();
    private ReportDocument.Checklist checklist;

    public ReportRecorder(String command) {
        this(command, Clock.systemUTC());
    }

    /** @param clock when the report says it was written */
    public ReportRecorder(String command, Clock clock) {
        this.command = command;
        this.clock = clock;
    }

    /** The command line as the report names it, e.g. {@code apim-migrate migrate --phase pre-client ...}. */
    public static String commandLine(CommandSpec spec) {
        return "apim-migrate " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    public void databases(Map<DatabaseRole, ConnectedDatabase> connected) {
        databases.putAll(connected);
    }

    public void preflight(PreflightResult result) {
        preflight = result;
    }

    /** Where each database stood when the command started. */
    public void before(DatabaseRole role, String state) {
        before.putIfAbsent(role, state);
    }

    /** Where each database stands when the command ends. */
    public void after(DatabaseRole role, String state) {
        after.put(role, state);
    }

    /** A database's tables, phase by phase, as their fingerprints tell. */
    public void data(DatabaseRole role, List<DataComparison> phases) {
        data.put(role, List.copyOf(phases));
    }

    /** verify could not run, and why (e.g. the database is not migrated yet). */
    public void verifyNotRun(String why) {
        verifyNotRun = why;
    }

    /** Earlier reports of the same folder: their commands, and the API_UUIDs their repairs set. */
    public void earlier(List<ReportDocument> reports, List<String> folders) {
        for (int i = 0; i < reports.size(); i++) {
            ReportDocument r = reports.get(i);
            history.add(new ReportDocument.HistoryEntry(folders.get(i), r.command(), r.generatedAt(),
                    r.outcome().status()));
            r.repairs().stream().filter(x -> !x.dryRun()).forEach(repairs::add);
        }
    }

    public void run(RunReport report) {
        runReports.add(report);
        runs.add(new ReportDocument.Run(report.phase().cliName(), report.mode().name(), status(report),
                report.steps().stream().map(s -> step(s, null)).toList(), findings(report.findings())));
    }

    public void repair(List<ApiUuidRepair.Assignment> plan, boolean dryRun) {
        repair(plan, dryRun, List.of());
    }

    public void repair(List<ApiUuidRepair.Assignment> plan, boolean dryRun, List<ApiUuidRepair.Duplicate> duplicates) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ApiUuidRepair.Action a : ApiUuidRepair.Action.values()) {
            counts.put(a.name(), plan.stream().filter(x -> x.action() == a).count());
        }
        repairs.add(new ReportDocument.Repair(dryRun, counts, plan.stream().map(a -> new ReportDocument.Assignment(
                a.provider(), a.name(), a.version(), a.uuid(), a.status(), a.action().name())).toList(),
                duplicates.isEmpty() ? null : duplicates.stream().map(d -> new ReportDocument.Duplicate(d.provider(),
                        d.name(), d.version(), d.current(), d.registry())).toList()));
    }

    public void verify(VerificationResult result) {
        verify = result;
        result.data().forEach(d -> data(d.role(), d.phases()));
    }

    /**
     * A database {@code guide} tried to read (any datasource of deployment.toml, not only the two the upgrade changes):
     * listed when read, a {@link FindingCode#CANNOT_READ} finding of the checklist when not.
     *
     * @param url        the URL with any password masked
     * @param unreadable why it could not be read; null when it was
     */
    public void databaseTried(String name, String url, String unreadable) {
        if (unreadable == null) {
            databasesTried.add(new ReportDocument.Database(name, url, null, null, null, null, null, null, null, null));
        } else {
            checklistFindings.add(Finding.warning(FindingCode.CANNOT_READ, "database " + name
                    + (url == null ? "" : " " + url) + ": could not be read: " + unreadable, "Its items cannot be "
                    + "checked until it is read: check its URL, its JDBC driver in the new home's "
                    + "repository/components/lib and its password (APIM_MIGRATE_<NAME>_PASSWORD where deployment.toml "
                    + "holds a $secret{...})."));
        }
    }

    /** {@code guide}'s checklist: its items in the guide's order, and what {@code --fix} did. */
    public void checklist(String oldHome, String newHome, List<ReportDocument.ChecklistItem> items, List<String> fixed,
                          List<String> fixFailures) {
        checklist = new ReportDocument.Checklist(oldHome, newHome, new ReportDocument.ChecklistCounts(items.size(),
                count(items, ItemVerdict.DONE), count(items, ItemVerdict.TODO), count(items, ItemVerdict.WRONG),
                count(items, ItemVerdict.UNCHECKABLE)), List.copyOf(fixed), List.copyOf(fixFailures),
                findings(checklistFindings), List.copyOf(items));
    }

    private static long count(List<ReportDocument.ChecklistItem> items, ItemVerdict verdict) {
        return items.stream().filter(i -> i.verdict() == verdict).count();
    }

    public void journal(Map<DatabaseRole, List<JournalEntry>> entries) {
        journal = entries;
    }

    public ReportDocument build(int exitCode, String message) {
        String status = status(exitCode);
        String why = message == null || message.isEmpty() ? reason(status) : message;
        return new ReportDocument(ReportDocument.SCHEMA_VERSION, "apim-migrate", ToolVersion.get(), command,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
                new ReportDocument.Outcome(exitCode, status, why), summary(), databaseSections(), preflightSection(),
                List.copyOf(runs), List.copyOf(repairs), verifySection(), dataSections(), journalSection(),
                history.isEmpty() ? null : List.copyOf(history), checklist);
    }

    /** From what happened, not only from the exit code: a blocker, failed step or failed check is never DONE. */
    String status(int exitCode) {
        return switch (exitCode) {
            case ExitCodes.USAGE -> "USAGE_ERROR";
            case ExitCodes.DATABASE -> runReports.stream().anyMatch(RunReport::failed) ? "FAILED" : "DATABASE_ERROR";
            case ExitCodes.INTERNAL -> "INTERNAL_ERROR";
            default -> runReports.stream().anyMatch(RunReport::failed) ? "FAILED"
                    : runReports.stream().anyMatch(RunReport::blocked) || preflight != null && !preflight.ready()
                    || repairLeftApis() ? "BLOCKED"
                    : verify != null && !verify.passed() ? "CHECKS_FAILED"
                    : checklist != null && checklist.items().stream().anyMatch(i -> i.verdict().open()) ? "ITEMS_OPEN"
                    : exitCode == ExitCodes.BLOCKED ? "BLOCKED" : "DONE";
        };
    }

    private boolean repairLeftApis() {
        return repairs.stream().anyMatch(r -> r.assignments().stream().anyMatch(a -> a.action().equals(
                ApiUuidRepair.Action.NO_ARTIFACT.name()) && a.uuid() == null));
    }

    private String reason(String status) {
        return switch (status) {
            case "FAILED" -> "a step failed; the same command resumes it";
            case "BLOCKED" -> "something blocks: see the blockers below; nothing was changed where they stand";
            case "CHECKS_FAILED" -> verify.failed().size() + " check(s) failed: see Verify below";
            case "ITEMS_OPEN" -> checklist.counts().todo() + " item(s) to do, " + checklist.counts().wrong()
                    + " wrong: see the checklist";
            default -> "";
        };
    }

    private List<ReportDocument.SummaryLine> summary() {
        List<ReportDocument.SummaryLine> out = new ArrayList<>();
        for (DatabaseRole role : databases.keySet()) {
            String b = before.getOrDefault(role, preflight == null ? null : preflight.databases().stream()
                    .filter(f -> f.role().equals(role.tomlName())).map(DatabaseFacts::schemaState).findFirst()
                    .orElse(null));
            String a = after.getOrDefault(role, b);
            List<StepReport> steps = runReports.stream().flatMap(r -> r.steps().stream())
                    .filter(s -> roleOf(s.stepId()) == role).toList();
            long millis = steps.stream().mapToLong(s -> s.duration().toMillis()).sum();
            String outcome = steps.stream().anyMatch(s -> s.state() == StepReport.State.FAILED) ? "FAILED"
                    : steps.stream().anyMatch(s -> s.state() == StepReport.State.BLOCKED)
                    || runReports.stream().anyMatch(r -> !r.findings().isEmpty() && r.blocked()) ? "BLOCKED"
                    : verify != null && verify.checks().stream().anyMatch(c -> c.database() == role && !c.passed())
                    ? "CHECKS_FAILED" : steps.stream().anyMatch(s -> s.state() == StepReport.State.DONE) ? "MIGRATED"
                    : verify != null ? "VERIFIED" : "UNCHANGED";
            Integer passed = verify == null ? null : (int) verify.checks().stream()
                    .filter(c -> c.database() == role && c.passed()).count();
            Integer failed = verify == null ? null : (int) verify.checks().stream()
                    .filter(c -> c.database() == role && !c.passed()).count();
            List<DataComparison> phases = data.get(role);
            Long removed = phases == null || phases.stream().noneMatch(DataComparison::recorded) ? null
                    : phases.stream().mapToLong(DataComparison::rowsRemovedByDesign).sum();
            out.add(new ReportDocument.SummaryLine(role.tomlName(), b, a, outcome, passed, failed, removed, millis));
        }
        return out;
    }

    private static DatabaseRole roleOf(String stepId) {
        return org.apimmigrate.steps.Steps.all().stream().filter(s -> s.id().equals(stepId)).findFirst()
                .map(org.apimmigrate.api.step.Step::database).orElse(null);
    }

    private List<ReportDocument.DataSection> dataSections() {
        if (data.isEmpty()) {
            return null;
        }
        List<ReportDocument.DataSection> out = new ArrayList<>();
        data.forEach((role, phases) -> phases.forEach(p -> out.add(new ReportDocument.DataSection(role.tomlName(),
                p.phase().cliName(), p.recorded(), p.tables().stream().map(t -> new ReportDocument.TableRow(t.table(),
                t.verdict().name(), t.rowsBefore(), t.rowsAfter(), t.detail())).toList()))));
        return out;
    }

    private static String status(RunReport r) {
        return r.failed() ? "FAILED" : r.blocked() ? "BLOCKED" : "DONE";
    }

    private List<ReportDocument.Database> databaseSections() {
        List<ReportDocument.Database> out = new ArrayList<>();
        databases.forEach((role, db) -> {
            DatabaseFacts facts = preflight == null ? null : preflight.databases().stream()
                    .filter(f -> f.role().equals(role.tomlName())).findFirst().orElse(null);
            out.add(new ReportDocument.Database(role.tomlName(), db.datasource().safeUrl(), db.user(),
                    db.vendor().id(), db.engine(), db.driver(), facts == null ? null : facts.schemaState(),
                    facts == null ? null : facts.missingPrivileges(), facts == null ? null : facts.privilegeNote(),
                    facts == null ? null : facts.rowCounts()));
        });
        out.addAll(databasesTried);
        return out;
    }

    private ReportDocument.Preflight preflightSection() {
        if (preflight == null) {
            return null;
        }
        Map<String, String> others = preflight.otherDatasources().isEmpty() ? null : preflight.otherDatasources();
        return new ReportDocument.Preflight(preflight.phase().cliName(), preflight.ready(),
                preflight.registryVersioning(), preflight.estimatedTotal().toMillis(),
                preflight.run().steps().stream().map(s -> step(s, preflight.estimates().get(s.stepId()))).toList(),
                findings(preflight.blockers()), checks(preflight.apiUuid()), others);
    }

    private ReportDocument.Verify verifySection() {
        if (verify == null) {
            return verifyNotRun == null ? null : new ReportDocument.Verify(false, List.of(), List.of(), verifyNotRun);
        }
        return new ReportDocument.Verify(verify.passed(), checks(verify.checks()), verify.notCompared().stream()
                .map(e -> new ReportDocument.Exclusion(e.database().tomlName(), e.name(), e.reason())).toList(), null);
    }

    private List<ReportDocument.Journal> journalSection() {
        if (journal == null) {
            return null;
        }
        List<ReportDocument.Journal> out = new ArrayList<>();
        journal.forEach((role, entries) -> out.add(new ReportDocument.Journal(role.tomlName(), entries.stream()
                .map(e -> new ReportDocument.JournalRow(e.stepId(), e.phase(), e.status().name(),
                        text(e.startedAt()), text(e.finishedAt()), e.rowsAffected(), e.statementsRun(),
                        e.toolVersion(), e.checksum(), e.detail())).toList())));
        return out;
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }

    private static ReportDocument.Step step(StepReport s, Duration estimate) {
        return new ReportDocument.Step(s.stepId(), s.title(), s.database(), s.state().name(),
                s.duration().toMillis(), estimate == null ? null : estimate.toMillis(),
                s.outcome() == null ? null : s.outcome().statementsRun(),
                s.outcome() == null ? null : s.outcome().rowsAffected(), s.detail(),
                s.outcome() == null ? List.of() : s.outcome().noteTexts(), findings(s.findings()), plan(s.plan()),
                s.resumedAfter().map(Enum::name).orElse(null));
    }

    private static ReportDocument.Plan plan(StepPlan p) {
        return p == null ? null : new ReportDocument.Plan(p.allNotes(), p.actions().stream()
                .map(a -> new ReportDocument.Action(a.description(), a.statements())).toList());
    }

    private static List<ReportDocument.Finding> findings(List<org.apimmigrate.api.finding.Finding> findings) {
        return findings.stream().map(f -> new ReportDocument.Finding(f.severity().name(), f.code().name(), f.message(),
                f.remedy())).toList();
    }

    private static List<ReportDocument.Check> checks(List<CheckResult> checks) {
        return checks.stream().map(c -> new ReportDocument.Check(c.id(), c.title(), c.database().tomlName(),
                c.passed(), c.details())).toList();
    }
}
