package org.apimmigrate.api.step;

import java.util.Optional;
import java.util.Set;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.dialect.Vendor;
import org.jdbi.v3.core.Handle;

/**
 * Everything a step may use: the connection to its database, the vendor, the user's choices, and the statement
 * runner that logs, counts, reports progress and lets tests inject failures between statements.
 */
public interface StepContext {

    Handle handle();

    Vendor vendor();

    MigrationOptions options();

    StatementRunner statements();

    ProgressListener progress();

    /**
     * The live schema of the step's database as its catalog describes it. A run reads each database's catalog once
     * and shares the reading between steps until a step changes that schema; this default reads it every time.
     */
    default Snapshot schema() {
        return vendor().catalog().snapshot(handle());
    }

    /**
     * What {@code read} finds in the database (e.g. row counts), kept under {@code key} while no statement of any step
     * has run on this database since, so that a step's check and its plan read it once; this default reads it every
     * time.
     */
    default <T> T remember(String key, java.util.function.Supplier<T> read) {
        return read.get();
    }

    /** The key under which {@link #rowCount} remembers a table's count, whatever case the table is named in. */
    static String rowCountKey(String table) {
        return "row count: " + table.toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The table's row count as it is now: without a scan where the run counted it since the last statement of any step
     * (a phase's fingerprint counts every table just before its first step), else counted.
     */
    default long rowCount(String table) {
        return remember(rowCountKey(table), () -> handle()
                .createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    /**
     * The same step's context on a second connection to the same database, for statements that share no table with
     * those this context runs meanwhile (a plan's other {@link StepPlan.Action#group}). Empty where the run has none:
     * a step that runs in one transaction (which one connection holds), a read-only run, this default.
     */
    default Optional<StepContext> alongside() {
        return Optional.empty();
    }

    /**
     * Tells the run that the step keeps at most one connection busy from now on (it runs on one, or one of two side by
     * side ran out of work): what the run holds back meanwhile so as not to compete with two for the cores, a
     * fingerprint alongside the steps, may start. This default does nothing.
     */
    default void sideBySideDone() {
    }

    /** The user's choices that change what steps do. */
    record MigrationOptions(RegistryVersioning registryVersioning, Set<String> enabledOptions) {
        public MigrationOptions {
            enabledOptions = Set.copyOf(enabledOptions);
        }

        public static MigrationOptions defaults() {
            return new MigrationOptions(RegistryVersioning.unknown(), Set.of());
        }
    }

    /**
     * Registry versioning as the old registry.xml configured it (null where not given) and the explicit choice the user
     * made when configuration and data disagree.
     */
    record RegistryVersioning(Boolean configuredOn, Choice choice, String source) {
        public enum Choice { DECIDE_FROM_CONFIGURATION, CLEAN, SKIP }

        public static RegistryVersioning unknown() {
            return new RegistryVersioning(null, Choice.DECIDE_FROM_CONFIGURATION, "not given");
        }
    }
}
