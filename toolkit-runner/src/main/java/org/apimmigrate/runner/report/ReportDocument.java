package org.apimmigrate.runner.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The run report: what a release engineer attaches to a change ticket. Its JSON form is a stable, documented schema
 * (docs/REPORT-SCHEMA.md); {@link #SCHEMA_VERSION} changes whenever a field changes meaning or goes away.
 * Sections a command did not produce are absent. No password is ever part of it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportDocument(String schemaVersion, String tool, String toolVersion, String command,
                             String generatedAt, Outcome outcome, List<SummaryLine> summary,
                             List<Database> databases, Preflight preflight, List<Run> runs, List<Repair> repairs,
                             Verify verify, List<DataSection> data, List<Journal> journal, List<HistoryEntry> history,
                             Checklist checklist) {

    public static final String SCHEMA_VERSION = "1";

    /**
     * @param status DONE, BLOCKED, FAILED, CHECKS_FAILED, USAGE_ERROR, DATABASE_ERROR or INTERNAL_ERROR: computed
     *               from what happened, never DONE where a blocker, a failed step or a failed check is in the report
     */
    public record Outcome(int exitCode, String status, String message) {
    }

    /** One line per database, first in the report. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SummaryLine(String database, String before, String after, String outcome, Integer checksPassed,
                              Integer checksFailed, Long rowsRemovedByDesign, long durationMillis) {
    }

    /** One phase on one database: each table's rows before and after and what the difference means. */
    public record DataSection(String database, String phase, boolean recorded, List<TableRow> tables) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TableRow(String table, String verdict, long rowsBefore, Long rowsAfter, String detail) {
    }

    /**
     * {@code guide}: the whole upgrade as a checklist over the two API-M homes, in the guide's order.
     *
     * @param fixed       one line per change {@code --fix} made, naming its backup
     * @param fixFailures one line per fix that could not be applied
     * @param findings    e.g. a database of the new deployment.toml that could not be read ({@code CANNOT_READ})
     */
    public record Checklist(String oldHome, String newHome, ChecklistCounts counts, List<String> fixed,
                            List<String> fixFailures, List<Finding> findings, List<ChecklistItem> items) {
    }

    public record ChecklistCounts(int total, long done, long todo, long wrong, long uncheckable) {
    }

    /**
     * One checklist item.
     *
     * @param phase   the part of the guide it belongs to (its id), with {@code phaseTitle} for people
     * @param detail  what was found; never a password or secret value
     * @param fix     the one command or configuration snippet that fixes it (empty when nothing is to do)
     * @param autoFix what {@code --fix} would do for it, or null where it has no safe mechanical repair
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChecklistItem(String id, String phase, String phaseTitle, String title, ItemVerdict verdict,
                                String detail, String fix, String autoFix) {
    }

    /** An earlier report found in the report folder (`report` only). */
    public record HistoryEntry(String folder, String command, String generatedAt, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Database(String role, String url, String user, String vendor, String engine, String driver,
                           String schemaState, List<String> missingPrivileges, String privilegeNote,
                           Map<String, Long> rowCounts) {
    }

    public record Finding(String severity, String code, String message, String remedy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Preflight(String phase, boolean ready, String registryVersioning, long estimatedMillis,
                            List<Step> steps, List<Finding> blockers, List<Check> apiUuidReadiness,
                            Map<String, String> otherDatasources) {
    }

    /** @param status DONE, BLOCKED or FAILED */
    public record Run(String phase, String mode, String status, List<Step> steps, List<Finding> findings) {
    }

    /** @param resumedAfter where this run took the step up from an earlier run, the state that run left it in */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(String id, String title, String database, String state, long durationMillis,
                       Long estimatedMillis, Integer statementsRun, Long rowsAffected, String detail,
                       List<String> notes, List<Finding> findings, Plan plan, String resumedAfter) {
    }

    public record Plan(List<String> notes, List<Action> actions) {
    }

    public record Action(String description, List<String> statements) {
    }

    /** @param duplicates APIs that share an API_UUID, with the UUID of each one's own artifact (absent: none) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Repair(boolean dryRun, Map<String, Long> counts, List<Assignment> assignments,
                         List<Duplicate> duplicates) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Duplicate(String provider, String name, String version, String apiUuid, String artifactUuid) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Assignment(String provider, String name, String version, String uuid, String status,
                             String action) {
    }

    /** @param notRun why verify did not run (e.g. the database is not migrated yet); null when it ran */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verify(boolean passed, List<Check> checks, List<Exclusion> notCompared, String notRun) {
    }

    public record Check(String id, String title, String database, boolean passed, List<String> details) {
    }

    public record Exclusion(String database, String name, String reason) {
    }

    public record Journal(String database, List<JournalRow> entries) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record JournalRow(String stepId, String phase, String status, String startedAt, String finishedAt,
                             long rowsAffected, int statementsRun, String toolVersion, String checksum,
                             String detail) {
    }
}
