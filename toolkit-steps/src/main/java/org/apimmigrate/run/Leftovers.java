package org.apimmigrate.run;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apimmigrate.api.dialect.InterruptedStatements.Leftover;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.schema.KnownSchema;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine left of its own statements that a killed run interrupted (the vendor recognises them): put right
 * by a migrating run before any step reads the schema, named by a read-only one, and never taken for the user's.
 */
final class Leftovers {

    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);

    private final String label;
    private final List<Leftover> found;

    private Leftovers(String label, List<Leftover> found) {
        this.label = label;
        this.found = List.copyOf(found);
    }

    static Leftovers of(TargetDatabase database, Handle handle) {
        Vendor vendor = database.vendor();
        java.util.function.Supplier<Set<String>> altered = memoized(() -> {
            Set<String> tables = new TreeSet<>();
            for (KnownSchema schema : KnownSchema.values()) {
                tables.addAll(schema.expectedSnapshot(vendor).tables());
            }
            return tables;
        });
        return new Leftovers(database.label(), vendor.interruptedStatements().find(handle,
                table -> altered.get().contains(table)));
    }

    /** The tables WSO2's schemas have are worked out only where a vendor finds a candidate leftover. */
    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Runs each repair; one note per leftover put right. A repair that fails stops the run before the steps. */
    List<Finding> putRight(Handle handle) {
        return found.stream().map(leftover -> {
            for (String sql : leftover.repair()) {
                LOG.debug("[leftover] {}", sql);
                try (Statement st = handle.getConnection().createStatement()) {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new Migrator.StatementFailedException(sql, e);
                }
            }
            LOG.info("{}: put right: {}", label, leftover.description());
            return Finding.info(FindingCode.INTERRUPTED_STATEMENT_LEFT_OVER, label + ": put right: "
                    + leftover.description() + ".");
        }).toList();
    }

    /** What a migrating run would put right, for a run that changes nothing. */
    List<Finding> toPutRight() {
        return found.stream().map(leftover -> Finding.info(FindingCode.INTERRUPTED_STATEMENT_LEFT_OVER, label
                + ": migrate puts right before the steps: " + leftover.description() + ".")).toList();
    }

    /**
     * The schema as the steps will see it once the leftovers are put right, where that is only a matter of tables
     * dropped: they are nobody's objects, so never listed as the user's.
     */
    Snapshot asPutRight(Snapshot schema) {
        Snapshot out = schema;
        for (Leftover leftover : found) {
            out = out.filter(line -> leftover.dropped().stream().noneMatch(t -> line.text().contains(t)));
        }
        return out;
    }

    /** True where the repair gives a table its name back: the live schema's names are not yet the steps'. */
    boolean renameTables() {
        return found.stream().anyMatch(l -> !l.renamed().isEmpty());
    }

    /** Why a read-only run shows no checks and plan for a step of this database. */
    Finding stepsWait() {
        return Finding.warning(FindingCode.INTERRUPTED_STATEMENT_LEFT_OVER, label + ": this step is checked and "
                + "planned once migrate has put right what the interrupted statement left (above), before it runs "
                + "any step.", "Run migrate: it puts that right first, then checks and runs the steps.");
    }
}
