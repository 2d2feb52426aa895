package org.apimmigrate.runner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.runner.console.Durations;

/** The order and shape of the human-readable report, from the document the JSON is made of. */
final class ReportLayout {

    private final List<Block> blocks = new ArrayList<>();

    private ReportLayout() {
    }

    static List<Block> of(ReportDocument d) {
        ReportLayout l = new ReportLayout();
        l.summary(d);
        d.runs().forEach(l::run);
        d.repairs().forEach(l::repair);
        if (d.verify() != null) {
            l.verify(d.verify());
        }
        if (d.data() != null) {
            l.data(d.data());
        }
        if (d.journal() != null) {
            l.journal(d.journal());
        }
        if (d.history() != null) {
            l.history(d.history());
        }
        if (d.preflight() != null) {
            l.preflight(d.preflight());
        }
        if (d.checklist() != null) {
            l.checklist(d.checklist());
        }
        l.databases(d);
        return l.blocks;
    }

    private void add(Block b) {
        blocks.add(b);
    }

    private void summary(ReportDocument d) {
        add(new Block.Heading(1, "apim-migrate report: " + d.outcome().status()));
        add(new Block.Banner(d.outcome().status(), d.outcome().status() + " (exit code " + d.outcome().exitCode()
                + ")" + (d.outcome().message().isEmpty() ? "" : ": " + d.outcome().message())));
        if (!d.summary().isEmpty()) {
            add(new Block.Table(List.of("database", "before", "after", "outcome", "checks passed / failed",
                    "rows removed by design", "time"), d.summary().stream().map(l -> List.of(l.database(),
                    nz(l.before()), nz(l.after()), l.outcome(), l.checksPassed() == null ? "not verified"
                            : l.checksPassed() + " / " + l.checksFailed(),
                    l.rowsRemovedByDesign() == null ? "no fingerprint" : String.valueOf(l.rowsRemovedByDesign()),
                    Durations.format(java.time.Duration.ofMillis(l.durationMillis())))).toList()));
        }
        add(new Block.Pairs(List.of(
                List.of("Command", d.command()),
                List.of("Generated", d.generatedAt()),
                List.of("Tool", d.tool() + " " + d.toolVersion()),
                List.of("Report schema", "version " + d.schemaVersion() + " (docs/REPORT-SCHEMA.md)"))));
    }

    private void databases(ReportDocument d) {
        if (d.databases().isEmpty()) {
            return;
        }
        add(new Block.Heading(2, "Databases"));
        List<List<String>> rows = new ArrayList<>();
        for (ReportDocument.Database db : d.databases()) {
            String privileges = db.privilegeNote() != null && !db.privilegeNote().isEmpty() ? db.privilegeNote()
                    : db.missingPrivileges() == null ? "" : db.missingPrivileges().isEmpty() ? "all needed"
                    : "missing: " + String.join(", ", db.missingPrivileges());
            rows.add(List.of(db.role(), nz(db.engine()), nz(db.url()), nz(db.user()), nz(db.schemaState()), privileges));
        }
        add(new Block.Table(List.of("database", "engine", "URL", "user", "schema at preflight", "privileges"), rows));
        for (ReportDocument.Database db : d.databases()) {
            if (db.rowCounts() != null && !db.rowCounts().isEmpty()) {
                add(new Block.Text("Rows in " + db.role() + ": " + db.rowCounts().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
            }
        }
    }

    private void preflight(ReportDocument.Preflight p) {
        add(new Block.Heading(2, "Preflight of phase " + p.phase() + ", before this command changed anything: "
                + (p.ready() ? "ready" : p.blockers().size() + " blocker(s)")));
        List<List<String>> pairs = new ArrayList<>();
        pairs.add(List.of("Registry versioning", p.registryVersioning()));
        pairs.add(List.of("Estimated time", "about " + Durations.format(java.time.Duration.ofMillis(
                p.estimatedMillis()))));
        if (p.otherDatasources() != null) {
            p.otherDatasources().forEach((k, v) -> pairs.add(List.of(k, v)));
        }
        add(new Block.Pairs(pairs));
        add(new Block.Table(List.of("step", "database", "state", "statements", "estimate", "detail"),
                p.steps().stream().map(s -> List.of(s.id(), s.database(), s.state(), s.plan() == null ? ""
                        : String.valueOf(s.plan().actions().stream().mapToInt(a -> a.statements().size()).sum()),
                        s.estimatedMillis() == null ? "" : Durations.format(java.time.Duration.ofMillis(
                                s.estimatedMillis())), nz(s.detail()))).toList()));
        if (!p.apiUuidReadiness().isEmpty()) {
            add(new Block.Heading(3, "API_UUID readiness"));
            checks(p.apiUuidReadiness());
        }
        findings("Blockers", p.blockers());
    }

    private void checklist(ReportDocument.Checklist c) {
        ReportDocument.ChecklistCounts n = c.counts();
        add(new Block.Heading(2, "Upgrade checklist: " + n.done() + " of " + n.total() + " done, " + n.todo()
                + " to do, " + n.wrong() + " wrong, " + n.uncheckable() + " cannot be checked"));
        add(new Block.Pairs(List.of(List.of("API-M 3.2.0 home", c.oldHome()), List.of("API-M 4.0.0 home",
                c.newHome()))));
        findings("Databases", c.findings());
        if (!c.fixed().isEmpty() || !c.fixFailures().isEmpty()) {
            add(new Block.Text("--fix:"));
            List<String> lines = new ArrayList<>(c.fixed());
            c.fixFailures().forEach(f -> lines.add("NOT FIXED: " + f));
            add(new Block.Bullets(lines));
        }
        String phase = null;
        List<ReportDocument.ChecklistItem> part = new ArrayList<>();
        for (ReportDocument.ChecklistItem i : c.items()) {
            if (!i.phase().equals(phase)) {
                checklistPart(part);
                phase = i.phase();
                add(new Block.Heading(3, i.phaseTitle()));
            }
            part.add(i);
        }
        checklistPart(part);
    }

    private void checklistPart(List<ReportDocument.ChecklistItem> items) {
        if (items.isEmpty()) {
            return;
        }
        add(new Block.Table(List.of("result", "item", "what was found"), items.stream().map(i -> List.of(
                i.verdict().label(), i.title() + " (" + i.id() + ")", nz(i.detail()))).toList()));
        for (ReportDocument.ChecklistItem i : items) {
            if (!nz(i.fix()).isEmpty()) {
                add(new Block.Folded("Fix for " + i.id() + (i.autoFix() == null ? "" : " (--fix would "
                        + i.autoFix() + ")"), i.fix()));
            }
        }
        items.clear();
    }

    private void run(ReportDocument.Run r) {
        add(new Block.Heading(2, "Run: phase " + r.phase() + " (" + r.mode().toLowerCase() + "): " + r.status()));
        add(new Block.Table(List.of("step", "database", "state", "time", "statements", "rows", "detail"),
                r.steps().stream().map(s -> List.of(s.id(), s.database(), s.state(),
                        Durations.format(java.time.Duration.ofMillis(s.durationMillis())),
                        s.statementsRun() == null ? "" : s.statementsRun().toString(),
                        s.rowsAffected() == null ? "" : s.rowsAffected().toString(), detail(s))).toList()));
        for (ReportDocument.Step s : r.steps()) {
            if (!s.notes().isEmpty()) {
                add(new Block.Text(s.id() + ":"));
                add(new Block.Bullets(s.notes()));
            }
            if (s.plan() != null && !s.plan().actions().isEmpty()) {
                add(new Block.Folded("SQL of " + s.id() + " on " + s.database() + " (" + s.plan().actions().stream()
                        .mapToInt(a -> a.statements().size()).sum() + " statement(s))", sql(s.plan())));
            }
            if (!s.findings().isEmpty()) {
                findings("Findings of " + s.id(), s.findings());
            }
        }
        findings("Findings", r.findings());
    }

    /** The run table's detail: from the typed parts where the step ran (its notes follow the table), else as told. */
    private static String detail(ReportDocument.Step s) {
        if (!"DONE".equals(s.state()) || s.plan() == null) {
            return nz(s.detail());
        }
        return (s.resumedAfter() == null ? "" : new StepReport.Note.Resumed(JournalEntry.Status.valueOf(
                s.resumedAfter())).text() + "; ") + new StepReport.Note.Actions(s.plan().actions().size()).text();
    }

    private static String sql(ReportDocument.Plan plan) {
        StringBuilder out = new StringBuilder();
        plan.notes().forEach(n -> out.append("-- ").append(n).append('\n'));
        int n = 0;
        for (ReportDocument.Action a : plan.actions()) {
            out.append("-- ").append(++n).append(". ").append(a.description()).append('\n');
            for (String s : a.statements()) {
                String st = s.strip();
                out.append(st.endsWith(";") ? st : st + ";").append('\n');
            }
        }
        return out.toString();
    }

    private void repair(ReportDocument.Repair r) {
        add(new Block.Heading(2, "API_UUID repair" + (r.dryRun() ? " (dry run: nothing was set)"
                : ": what repair-api-uuid set")));
        add(new Block.Pairs(r.counts().entrySet().stream().map(e -> List.of(e.getKey(), e.getValue().toString()))
                .toList()));
        add(new Block.Table(List.of("provider", "name", "version", "API_UUID", "status", "action"),
                r.assignments().stream().map(a -> List.of(nz(a.provider()), nz(a.name()), nz(a.version()),
                        nz(a.uuid()), a.status() == null ? "(no lifecycle state in the registry)" : a.status(),
                        a.action())).toList()));
        if (r.duplicates() != null) {
            add(new Block.Text("APIs that share an API_UUID, with the UUID of each one's own registry artifact "
                    + "(`repair-api-uuid --fix-duplicates` sets the ones that differ):"));
            add(new Block.Table(List.of("provider", "name", "version", "API_UUID", "its artifact's UUID"),
                    r.duplicates().stream().map(d -> List.of(nz(d.provider()), nz(d.name()), nz(d.version()),
                            nz(d.apiUuid()), d.artifactUuid() == null ? "(no artifact)" : d.artifactUuid())).toList()));
        }
    }

    private void verify(ReportDocument.Verify v) {
        if (v.notRun() != null) {
            add(new Block.Heading(2, "Verify: not run"));
            add(new Block.Text(v.notRun()));
            return;
        }
        add(new Block.Heading(2, "Verify: " + (v.passed() ? "all checks passed" : "checks FAILED")));
        checks(v.checks());
        if (v.notCompared().isEmpty()) {
            return;
        }
        add(new Block.Heading(3, "Not compared"));
        add(new Block.Text("Owned by other tools or by this toolkit, so left out of the schema comparison:"));
        add(new Block.Table(List.of("database", "object", "why"), v.notCompared().stream()
                .map(e -> List.of(e.database(), e.name(), e.reason())).toList()));
    }

    private void checks(List<ReportDocument.Check> checks) {
        add(new Block.Table(List.of("result", "database", "check"), checks.stream()
                .map(c -> List.of(c.passed() ? "PASS" : "FAIL", c.database(), c.title())).toList()));
        for (ReportDocument.Check c : checks) {
            if (!c.details().isEmpty()) {
                add(new Block.Text(c.title() + ":"));
                add(new Block.Code(String.join("\n", c.details())));
            }
        }
    }

    private void data(List<ReportDocument.DataSection> data) {
        add(new Block.Heading(2, "Data: nothing lost"));
        add(new Block.Text("Row counts and content digests of every table, recorded by migrate before a phase "
                + "changed anything and once it finished, computed in the database."));
        for (ReportDocument.DataSection d : data) {
            if (!d.recorded()) {
                continue;
            }
            List<ReportDocument.TableRow> changed = d.tables().stream().filter(t -> !t.verdict().equals("UNCHANGED"))
                    .toList();
            add(new Block.Heading(3, d.database() + ", phase " + d.phase() + ": " + (d.tables().size()
                    - changed.size()) + " of " + d.tables().size() + " table(s) unchanged"));
            if (!changed.isEmpty()) {
                add(new Block.Table(List.of("table", "verdict", "rows before", "rows after", "detail"), changed.stream()
                        .map(t -> List.of(t.table(), t.verdict(), String.valueOf(t.rowsBefore()), t.rowsAfter() == null
                                ? "(gone)" : String.valueOf(t.rowsAfter()), nz(t.detail()))).toList()));
            }
            add(new Block.Folded("Every table of " + d.database() + ", phase " + d.phase() + ": rows before -> after",
                    String.join("\n", d.tables().stream().map(t -> t.table() + " " + t.rowsBefore() + " -> "
                            + (t.rowsAfter() == null ? "(gone)" : t.rowsAfter()) + " " + t.verdict()).toList())));
        }
        if (data.stream().noneMatch(ReportDocument.DataSection::recorded)) {
            add(new Block.Text("No fingerprint recorded (migrated with --no-fingerprint, by other means, or not yet): "
                    + "nothing-lost is not proven by this report."));
        }
    }

    private void history(List<ReportDocument.HistoryEntry> history) {
        add(new Block.Heading(2, "Earlier reports in this folder"));
        add(new Block.Table(List.of("when", "command", "outcome", "folder"), history.stream()
                .map(h -> List.of(nz(h.generatedAt()), nz(h.command()), nz(h.status()), nz(h.folder()))).toList()));
    }

    private void journal(List<ReportDocument.Journal> journal) {
        add(new Block.Heading(2, "Phase history (journal)"));
        for (ReportDocument.Journal j : journal) {
            add(new Block.Heading(3, j.database()));
            if (j.entries().isEmpty()) {
                add(new Block.Text("Empty: this toolkit has not run on " + j.database() + "."));
                continue;
            }
            add(new Block.Table(List.of("step", "phase", "status", "started", "finished", "statements", "rows",
                    "toolkit", "detail"), j.entries().stream().map(e -> List.of(e.stepId(), e.phase(), e.status(),
                    nz(e.startedAt()), nz(e.finishedAt()), String.valueOf(e.statementsRun()),
                    String.valueOf(e.rowsAffected()), nz(e.toolVersion()), nz(e.detail()))).toList()));
        }
    }

    private void findings(String title, List<ReportDocument.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        add(new Block.Text(title + ":"));
        add(new Block.Bullets(findings.stream().map(f -> f.severity() + " " + f.code() + ": " + f.message()
                + (f.remedy() == null || f.remedy().isEmpty() ? "" : " What to do: " + f.remedy())).toList()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
