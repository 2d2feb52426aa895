package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.registry.AssociationTables;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.apimmigrate.steps.registry.RegistryLogReindexStep;
import org.apimmigrate.steps.registry.RegistryVersioningCleanupStep;
import org.jdbi.v3.core.Handle;

/**
 * What must hold in a registry that API-M 4.0.0 reads with versioning off and re-indexes once: every association
 * row has its path, no value row is left that nothing references, and REG_LOG has one row per path and tenant and
 * no delete-resource rows. The queries ({@code org/apimmigrate/check/registry-invariants.sql}) count offending rows.
 */
public final class RegistryInvariants {

    private static final SqlSections SQL = SqlSections.read("org/apimmigrate/check/registry-invariants.sql");

    private RegistryInvariants() {
    }

    /**
     * @param vendor the shared database's vendor: where a check fails, its journal tells whether the step that
     *               establishes the invariant ran, was chosen away (the clean-up with --registry-versioning=skip), or
     *               never ran, and the failure says so
     */
    public static List<CheckResult> run(Handle sharedDb, Vendor vendor) {
        StepRecords steps = new StepRecords(new Journal(sharedDb, vendor));
        List<CheckResult> out = new ArrayList<>();
        for (AssociationTables t : AssociationTables.ALL) {
            out.add(check(sharedDb, "registry.path-set." + t.association(), "No " + t.association()
                    + " row without REG_PATH_ID", "association-without-path", t.slots(), "row(s) without REG_PATH_ID",
                    steps.cleanup()));
        }
        for (AssociationTables t : AssociationTables.ALL) {
            out.add(check(sharedDb, "registry.no-orphans." + t.value(), "No " + t.value() + " row that no "
                    + t.association() + " row references", "orphan-values", t.slots(), "unreferenced row(s)",
                    steps.cleanup()));
        }
        out.add(check(sharedDb, "registry.log.one-row-per-path", "REG_LOG keeps one row per path and tenant",
                "log-duplicates", Map.of(), "path(s) with more than one REG_LOG row", steps.reindex()));
        out.add(check(sharedDb, "registry.log.no-deletes", "REG_LOG holds no delete-resource rows (REG_ACTION 7)",
                "log-deletes", Map.of(), "delete-resource row(s)", steps.reindex()));
        return out;
    }

    private static CheckResult check(Handle h, String id, String title, String section, Map<String, String> slots,
                                     String what, Supplier<Optional<String>> whyNot) {
        long count = h.createQuery(SqlResource.fill(SQL.require(section).get(0), slots)).mapTo(Long.class).one();
        return CheckResult.of(id, title, DatabaseRole.SHARED_DB, count == 0 ? List.of()
                : List.of(count + " " + what + whyNot.get().map(w -> ": " + w).orElse("")));
    }

    /** What the journal says of the two registry steps, read only once a check fails. */
    private static final class StepRecords {
        private final Journal journal;
        private final Map<String, Optional<String>> read = new HashMap<>();

        StepRecords(Journal journal) {
            this.journal = journal;
        }

        Supplier<Optional<String>> cleanup() {
            return () -> whyNot(RegistryVersioningCleanupStep.ID);
        }

        Supplier<Optional<String>> reindex() {
            return () -> whyNot(RegistryLogReindexStep.ID);
        }

        /** Why the step's work may not be done, as its journal entry tells; empty where the step ran. */
        private Optional<String> whyNot(String stepId) {
            return read.computeIfAbsent(stepId, id -> {
                Optional<JournalEntry> entry = journal.find(id);
                if (entry.isEmpty()) {
                    return Optional.of(id + " has not run on this database (its journal has no entry)");
                }
                if (!entry.get().finished()) {
                    return Optional.of("a run left " + id + " " + entry.get().status() + "; run its phase again");
                }
                return notRun(entry.get().detail()).map(why -> id + " did not run: " + why + " (journal, "
                        + entry.get().finishedAt() + ")");
            });
        }

        /** The reason a step with nothing to do gave, from its journal detail. */
        private static Optional<String> notRun(String detail) {
            int at = detail == null ? -1 : detail.indexOf(RegistryVersioningCleanupStep.NOT_RUN);
            if (at < 0) {
                return Optional.empty();
            }
            int from = at + RegistryVersioningCleanupStep.NOT_RUN.length();
            int end = detail.indexOf("; ", from);
            return Optional.of(detail.substring(from, end < 0 ? detail.length() : end));
        }
    }
}
