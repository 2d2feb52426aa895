package org.apimmigrate.runner.report;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.run.ToolVersion;
import org.apimmigrate.runner.ExitCodes;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.preflight.DatabaseFacts;
import org.apimmigrate.runner.preflight.PreflightResult;

/** Collects what one command did, section by section, and turns it into a {@link ReportDocument}. */
public final class ReportRecorder {

    private final String command;
    private final Map<DatabaseRole, ConnectedDatabase> databases = new EnumMap<>(DatabaseRole.class);
    private PreflightResult preflight;
    private final List<ReportDocument.Run> runs = new ArrayList<>();
    private final List<ReportDocument.Repair> repairs = new ArrayList<>();
    private VerificationResult verify;
    private Map<DatabaseRole, List<JournalEntry>> journal;

    public ReportRecorder(String command) {
        this.command = command;
    }

    public void databases(Map<DatabaseRole, ConnectedDatabase> connected) {
        databases.putAll(connected);
    }

    public void preflight(PreflightResult result) {
        preflight = result;
    }

    public void run(RunReport report) {
        runs.add(new ReportDocument.Run(report.phase().cliName(), report.mode().name(), status(report),
                report.steps().stream().map(s -> step(s, null)).toList(), findings(report.findings())));
    }

    public void repair(List<ApiUuidRepair.Assignment> plan, boolean dryRun) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ApiUuidRepair.Action a : ApiUuidRepair.Action.values()) {
            counts.put(a.name(), plan.stream().filter(x -> x.action() == a).count());
        }
        repairs.add(new ReportDocument.Repair(dryRun, counts, plan.stream().map(a -> new ReportDocument.Assignment(
                a.provider(), a.name(), a.version(), a.uuid(), a.status(), a.action().name())).toList()));
    }

    public void verify(VerificationResult result) {
        verify = result;
    }

    public void journal(Map<DatabaseRole, List<JournalEntry>> entries) {
        journal = entries;
    }

    public ReportDocument build(int exitCode, String message) {
        return new ReportDocument(ReportDocument.SCHEMA_VERSION, "apim-migrate", ToolVersion.get(), command,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                new ReportDocument.Outcome(exitCode, status(exitCode), message == null ? "" : message),
                databaseSections(), preflightSection(), List.copyOf(runs), List.copyOf(repairs), verifySection(),
                journalSection());
    }

    private static String status(int exitCode) {
        return switch (exitCode) {
            case ExitCodes.OK -> "DONE";
            case ExitCodes.BLOCKED -> "BLOCKED";
            case ExitCodes.USAGE -> "USAGE_ERROR";
            default -> "DATABASE_ERROR";
        };
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
            return null;
        }
        return new ReportDocument.Verify(verify.passed(), checks(verify.checks()), verify.notCompared().stream()
                .map(e -> new ReportDocument.Exclusion(e.database().tomlName(), e.name(), e.reason())).toList());
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
                s.outcome() == null ? List.of() : s.outcome().notes(), findings(s.findings()), plan(s.plan()));
    }

    private static ReportDocument.Plan plan(StepPlan p) {
        return p == null ? null : new ReportDocument.Plan(p.notes(), p.actions().stream()
                .map(a -> new ReportDocument.Action(a.description(), a.statements())).toList());
    }

    private static List<ReportDocument.Finding> findings(List<org.apimmigrate.api.finding.Finding> findings) {
        return findings.stream().map(f -> new ReportDocument.Finding(f.severity().name(), f.code(), f.message(),
                f.remedy())).toList();
    }

    private static List<ReportDocument.Check> checks(List<CheckResult> checks) {
        return checks.stream().map(c -> new ReportDocument.Check(c.id(), c.title(), c.database().tomlName(),
                c.passed(), c.details())).toList();
    }
}
