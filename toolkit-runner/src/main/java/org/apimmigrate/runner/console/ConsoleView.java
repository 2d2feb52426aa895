package org.apimmigrate.runner.console;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepOutcome;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.check.Exclusion;
import org.apimmigrate.check.VerificationResult;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.runner.preflight.DatabaseFacts;
import org.apimmigrate.runner.preflight.PreflightResult;

/** How results read on the console: short, one fact a line, every blocker with what to do about it. */
public final class ConsoleView {

    /** Lines of a schema difference printed before the rest is left to the report. */
    private static final int DIFF_LINES = 40;
    /** APIs listed on the console; the report lists all. */
    private static final int LISTED = 10;

    private final Out out;

    public ConsoleView(Out out) {
        this.out = out;
    }

    public void line(String text) {
        out.line(text);
    }

    public void heading(String text) {
        out.line();
        out.line("== " + text + " ==");
    }

    public void preflight(PreflightResult r) {
        heading("Preflight, phase " + r.phase().cliName() + " (changes nothing)");
        for (DatabaseFacts db : r.databases()) {
            out.line(db.role() + ": " + db.engine() + " (" + db.vendor() + "), " + db.url()
                    + (db.user() == null ? "" : " as " + db.user()));
            out.line("  driver:     " + db.driver());
            out.line("  schema:     " + db.schemaState());
            out.line("  privileges: " + (!db.privilegeNote().isEmpty() ? db.privilegeNote()
                    : db.missingPrivileges().isEmpty() ? "all that the migration needs"
                    : "MISSING " + String.join(", ", db.missingPrivileges())));
            if (db.rowCounts().values().stream().anyMatch(n -> n > 0)) {
                out.line("  rows:       " + String.join(", ", db.rowCounts().entrySet().stream()
                        .filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue()).toList()));
            }
        }
        r.otherDatasources().forEach((name, state) -> out.line(name + ": " + state));
        out.line("registry versioning: " + r.registryVersioning());
        if (!r.apiUuid().isEmpty()) {
            out.line("API_UUID readiness:");
            r.apiUuid().forEach(this::check);
        }
        out.line("steps of phase " + r.phase().cliName() + ":");
        for (StepReport s : r.run().steps()) {
            Duration estimate = r.estimates().get(s.stepId());
            out.line("  " + s.stepId() + " [" + s.database() + "]: " + s.state()
                    + (s.plan() == null ? "" : ", " + s.plan().statementCount() + " statement(s)")
                    + (estimate == null ? "" : ", about " + Durations.format(estimate))
                    + (s.detail().isEmpty() ? "" : " (" + s.detail() + ")"));
            if (s.plan() != null) {
                s.plan().notes().forEach(n -> out.line("      " + n));
            }
        }
        if (!r.estimates().isEmpty()) {
            out.line("estimated time of the phase: about " + Durations.format(r.estimatedTotal()));
        }
        List<Finding> blockers = r.blockers();
        warnings(r.run());
        boolean allDone = !r.run().steps().isEmpty() && r.run().steps().stream()
                .allMatch(s -> s.state() == StepReport.State.ALREADY_DONE);
        if (blockers.isEmpty() && allDone) {
            // "ready" would read as "run it": every step of the phase has run already
            out.line("Nothing left to do: every step of phase " + r.phase().cliName() + " is done"
                    + (r.phase() == Phase.POST_CLIENT ? "; the migration is complete. Use `verify` to check the "
                    + "databases." : "."));
        } else if (blockers.isEmpty()) {
            out.line("Ready: nothing blocks phase " + r.phase().cliName() + ".");
        } else {
            out.line(blockers.size() + " blocker(s); nothing was changed:");
            blockers.forEach(this::finding);
        }
    }

    /** The exact statements of every step that would run, in order. */
    public void plan(RunReport r) {
        heading("Plan, phase " + r.phase().cliName() + " (changes nothing)");
        for (StepReport s : r.steps()) {
            out.line();
            out.line("-- " + s.stepId() + " on " + s.database() + ": " + s.title());
            switch (s.state()) {
                case ALREADY_DONE -> out.line("-- already done (" + s.detail() + "); runs nothing");
                case BLOCKED -> out.line("-- blocked; see below");
                default -> statements(s.plan());
            }
        }
        blockersOf(r);
    }

    public void statements(StepPlan plan) {
        if (plan == null) {
            return;
        }
        plan.allNotes().forEach(n -> out.line("-- " + n));
        if (plan.isEmpty()) {
            out.line("-- nothing to do");
        }
        int n = 0;
        for (StepPlan.Action a : plan.actions()) {
            out.line("-- " + (++n) + ". " + a.description());
            for (String sql : a.statements()) {
                String s = sql.strip();
                out.line(s.endsWith(";") ? s : s + ";");
            }
        }
    }

    /** The outcome of a migrate run, after the progress lines. */
    public void run(RunReport r) {
        heading("Phase " + r.phase().cliName() + ": " + (r.succeeded() ? "done" : r.failed() ? "FAILED" : "BLOCKED"));
        for (StepReport s : r.steps()) {
            String counts = s.outcome() == null ? "" : ", " + s.outcome().statementsRun() + " statement(s), "
                    + s.outcome().rowsAffected() + " row(s)";
            out.line("  " + s.stepId() + " [" + s.database() + "]: " + s.state()
                    + (s.duration().isZero() ? "" : " in " + Durations.format(s.duration())) + counts
                    + (s.outcome() != null || s.detail().isEmpty() ? "" : " (" + s.detail() + ")"));
            s.resumedAfter().ifPresent(earlier -> out.line("      " + new StepReport.Note.Resumed(earlier).text()));
            s.notes().stream().filter(StepReport.Note.Why.class::isInstance).forEach(n -> out.line("      " + n.text()));
            if (s.outcome() != null) {
                s.outcome().notes().stream().filter(StepOutcome.Note::changedRows)
                        .forEach(n -> out.line("      " + n.text()));
            }
        }
        warnings(r);
        blockersOf(r);
    }

    private void warnings(RunReport r) {
        r.findings().stream().filter(f -> !f.blocks()).forEach(this::finding);
        r.steps().forEach(s -> s.findings().stream().filter(f -> !f.blocks()).forEach(this::finding));
    }

    private void blockersOf(RunReport r) {
        List<Finding> blockers = new java.util.ArrayList<>(r.findings().stream().filter(Finding::blocks).toList());
        r.steps().forEach(s -> blockers.addAll(s.findings().stream().filter(Finding::blocks).toList()));
        List<Finding> distinct = blockers.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            out.line(distinct.size() + " blocker(s):");
            distinct.forEach(this::finding);
        }
    }

    public void finding(Finding f) {
        out.line("  ! [" + f.code() + "] " + f.message());
        if (f.remedy() != null && !f.remedy().isBlank()) {
            out.line("    What to do: " + f.remedy());
        }
    }

    public void verification(VerificationResult r) {
        heading("Verify (changes nothing)");
        r.checks().forEach(this::check);
        out.line("Not compared (owned by other tools or by this toolkit):");
        for (Exclusion e : r.notCompared()) {
            out.line("  " + e.database().tomlName() + " " + e.name() + ": " + e.reason());
        }
        data(r.data());
        out.line(r.passed() ? "All " + r.checks().size() + " checks passed."
                : r.failed().size() + " of " + r.checks().size() + " checks FAILED.");
    }

    /** Each database's tables, phase by phase, as their fingerprints tell: the nothing-lost proof. */
    private void data(List<org.apimmigrate.check.DatabaseData> data) {
        for (var d : data) {
            for (var phase : d.phases()) {
                if (!phase.recorded()) {
                    continue;
                }
                var tables = phase.tables();
                long unchanged = tables.stream().filter(t -> t.verdict()
                        == org.apimmigrate.fingerprint.TableVerdict.Verdict.UNCHANGED).count();
                out.line("Data of " + d.role().tomlName() + ", phase " + phase.phase().cliName() + ": " + unchanged
                        + " of " + tables.size() + " table(s) unchanged, " + phase.rowsRemovedByDesign()
                        + " row(s) removed by design");
                tables.stream().filter(t -> t.verdict() != org.apimmigrate.fingerprint.TableVerdict.Verdict.UNCHANGED)
                        .forEach(t -> out.line("  " + t.table() + ": " + t.verdict() + (t.detail().isEmpty() ? ""
                                : ", " + t.detail())));
            }
            if (!d.recorded()) {
                out.line("Data of " + d.role().tomlName() + ": no fingerprint recorded (migrated with "
                        + "--no-fingerprint, by other means, or not yet), so nothing-lost is not proven here.");
            }
        }
    }

    private void check(CheckResult c) {
        out.line("  [" + (c.passed() ? "PASS" : "FAIL") + "] " + c.database().tomlName() + ": " + c.title());
        c.details().stream().limit(DIFF_LINES).forEach(d -> out.line("         " + d));
        if (c.details().size() > DIFF_LINES) {
            out.line("         ... " + (c.details().size() - DIFF_LINES) + " more line(s) in the report");
        }
    }

    public void journal(Map<DatabaseRole, List<JournalEntry>> journals) {
        journal(journals, java.util.Set.of());
    }

    /** @param interrupted databases whose RUNNING steps no live run holds: shown as INTERRUPTED */
    public void journal(Map<DatabaseRole, List<JournalEntry>> journals, java.util.Set<DatabaseRole> interrupted) {
        heading("Journal");
        journals.forEach((role, entries) -> {
            out.line(role.tomlName() + ":");
            if (entries.isEmpty()) {
                out.line("  (empty: this toolkit has not run on " + role.tomlName() + ")");
            }
            for (JournalEntry e : entries) {
                boolean stopped = e.status() == JournalEntry.Status.RUNNING && interrupted.contains(role);
                out.line("  " + e.stepId() + " [" + e.phase() + "]: " + (stopped ? "INTERRUPTED (no apim-migrate "
                        + "run holds the lock; `apim-migrate migrate --phase " + e.phase() + "` resumes it)"
                        : e.status()) + ", started " + e.startedAt()
                        + (e.finishedAt() == null ? "" : ", finished " + e.finishedAt()) + ", "
                        + e.statementsRun() + " statement(s), " + e.rowsAffected() + " row(s), toolkit "
                        + e.toolVersion());
                if (e.detail() != null && !e.detail().isEmpty()) {
                    out.line("      " + e.detail());
                }
            }
        });
    }

    public void repair(List<ApiUuidRepair.Assignment> plan, boolean dryRun) {
        heading("API_UUID repair" + (dryRun ? " (dry run: changes nothing)" : ""));
        List<ApiUuidRepair.Assignment> set = of(plan, ApiUuidRepair.Action.SET);
        out.line((dryRun ? "Would set " : "Set ") + set.size() + " API_UUID(s) from the registry:");
        set.stream().limit(LISTED).forEach(a -> out.line("  " + a.provider() + " / " + a.name() + " / "
                + a.version() + " -> API_UUID " + a.uuid() + (a.status() == null
                ? ", STATUS left as it is (the registry holds no lifecycle state for it)"
                : ", STATUS " + a.status())));
        if (set.size() > LISTED) {
            out.line("  ... and " + (set.size() - LISTED) + " more (every one is in the report)");
        }
        out.line("Already set (left as they are): " + of(plan, ApiUuidRepair.Action.ALREADY_SET).size());
        List<ApiUuidRepair.Assignment> noRow = of(plan, ApiUuidRepair.Action.NO_API_ROW);
        if (!noRow.isEmpty()) {
            out.line("Registry artifacts without an AM_API row (skipped, as WSO2's client skips them): "
                    + noRow.size());
        }
        List<ApiUuidRepair.Assignment> noArtifact = of(plan, ApiUuidRepair.Action.NO_ARTIFACT);
        if (!noArtifact.isEmpty()) {
            out.line("AM_API rows without a registry artifact; nothing can set their API_UUID: " + noArtifact.size());
            noArtifact.forEach(a -> out.line("  " + a.provider() + " / " + a.name() + " / " + a.version()));
        }
    }

    /** APIs that share an API_UUID, each with the UUID of its own registry artifact, and what resolves them. */
    public void duplicates(List<ApiUuidRepair.Duplicate> duplicates, boolean dryRun, boolean fixed) {
        if (duplicates.isEmpty()) {
            out.line("No two APIs share an API_UUID.");
            return;
        }
        out.line("APIs that share an API_UUID (" + duplicates.size() + "), each with the UUID of its own registry "
                + "artifact:");
        duplicates.stream().limit(LISTED).forEach(d -> out.line("  " + d.provider() + " / " + d.name() + " / "
                + d.version() + ": API_UUID " + d.current() + ", its artifact " + (d.registry() == null
                ? "missing (delete or re-create this API)" : d.registry().equals(d.current()) ? "the same (keeps it)"
                : d.registry() + (fixed && !dryRun ? " (set)" : " (differs)"))));
        if (duplicates.size() > LISTED) {
            out.line("  ... and " + (duplicates.size() - LISTED) + " more (every one is in the report)");
        }
        if (dryRun || !fixed) {
            out.line("To give each the UUID of its own artifact: apim-migrate repair-api-uuid --fix-duplicates");
        }
    }

    private static List<ApiUuidRepair.Assignment> of(List<ApiUuidRepair.Assignment> plan, ApiUuidRepair.Action a) {
        return plan.stream().filter(x -> x.action() == a).toList();
    }
}
