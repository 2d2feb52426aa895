package org.apimmigrate.api.step;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.finding.Finding;

/**
 * One database change of the upgrade. A step is convergent: {@link #plan} looks at the live database and proposes only
 * what is still missing, so running it again after success does nothing, and running it again after a crash at any
 * point finishes the work.
 */
public interface Step {

    /** Stable id, used in the journal and on the command line, e.g. {@code registry-versioning-cleanup}. */
    String id();

    /** One line for humans. */
    String title();

    Phase phase();

    DatabaseRole database();

    /** What must hold before the step may change anything; blockers stop the whole run. Changes nothing. */
    List<Finding> check(StepContext context);

    /** What the step would do now, statement by statement. Changes nothing. */
    StepPlan plan(StepContext context);

    /** Carries out a plan made by {@link #plan} on the same context. */
    StepOutcome apply(StepContext context, StepPlan plan);

    /**
     * Whether the step's work may run inside one transaction on vendors with transactional DDL. Steps that commit in
     * batches to keep transactions bounded return false.
     */
    default boolean atomic() {
        return true;
    }

    /**
     * Whether, on this vendor, the plan's groups ({@link StepPlan.Action#group}) run apart instead of the whole step in
     * one transaction: each group in a transaction of its own where DDL is transactional, two groups at a time on two
     * connections ({@link StepContext#alongside}). For a step whose groups share no table they change, each of which
     * a re-run finishes on its own.
     */
    default boolean groupsApart(Vendor vendor) {
        return false;
    }

    /**
     * Whether the schema is the same after the step as before it (work tables of its own gone, constraints put back
     * as they were), so a catalog reading taken before it still describes the schema after it.
     */
    default boolean leavesSchemaAsFound() {
        return false;
    }

    /**
     * The only tables the step changes (rows, definitions, keys, or keys that refer to them), as named by WSO2's
     * schema, where that is known before it runs; empty where it may change any. Where every step of a phase on a
     * database names its tables, the phase's fingerprint digests the others alongside the steps.
     */
    default Optional<Set<String>> changedTables() {
        return Optional.empty();
    }

    /** Fingerprint of everything that defines the step's SQL on this context's vendor; the journal keeps it. */
    String checksum(StepContext context);
}
