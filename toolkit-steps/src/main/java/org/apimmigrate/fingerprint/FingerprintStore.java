package org.apimmigrate.fingerprint;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apimmigrate.api.schema.PortableTable;
import org.apimmigrate.api.schema.PortableTable.PortableColumn;
import org.apimmigrate.api.schema.PortableTable.Type;
import org.apimmigrate.api.step.Phase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.apimmigrate.dialect.common.SchemaTables;

/**
 * The fingerprints a database keeps beside its journal ({@code APIM_MIGRATE_FINGERPRINT}): per phase, the tables
 * before its first change and once it finished. Reading never creates the table.
 */
public final class FingerprintStore {

    public static final String TABLE = "APIM_MIGRATE_FINGERPRINT";

    /** The table in every vendor, rendered by the vendor's DDL. */
    public static final PortableTable MODEL = new PortableTable(TABLE, List.of(
            PortableColumn.text("PHASE", 20, false),
            PortableColumn.text("MOMENT", 10, false),
            PortableColumn.text("TABLE_NAME", 128, false),
            PortableColumn.text("SUBSET", 200, false),
            PortableColumn.text("COLUMN_LIST", 4000, false),
            PortableColumn.of("ROW_COUNT", Type.BIGINT, false),
            PortableColumn.text("DIGEST", 64, false),
            PortableColumn.of("TAKEN_AT", Type.TIMESTAMP, true)), List.of("PHASE", "MOMENT", "TABLE_NAME", "SUBSET"));

    private final Handle handle;
    private final Fingerprinter fingerprinter;

    public FingerprintStore(Handle handle, Fingerprinter fingerprinter) {
        this.handle = handle;
        this.fingerprinter = fingerprinter;
    }

    public static boolean exists(Handle handle) {
        return SchemaTables.exists(handle, TABLE);
    }

    /**
     * Before the phase's first change; a resumed phase keeps the fingerprint its first run took.
     *
     * @return the fingerprints taken now, none where an earlier run's are kept
     */
    public List<TableFingerprint> recordBefore(Phase phase) {
        if (!read(handle, phase, Moment.BEFORE).isEmpty()) {
            return List.of();
        }
        List<TableFingerprint> prints = fingerprinter.before(phase);
        write(phase, Moment.BEFORE, prints);
        return prints;
    }

    /**
     * {@link #recordBefore(Phase)} where the phase's steps change only the tables in {@code changed}: those are
     * recorded now, the others once digested alongside the steps ({@link Fingerprinter#beforeAlongside}), by {@link
     * Pending#finish}. A resumed phase keeps its first run's, and digests now any table that run did not finish:
     * unchanged by the steps, it is as the phase found it.
     */
    public Pending recordBefore(Phase phase, Set<String> changed, Jdbi jdbi, Executor executor) {
        return recordBefore(phase, changed, jdbi, executor, CompletableFuture.completedFuture(null));
    }

    /**
     * The same with the digest alongside held back until {@code start} completes ({@link
     * Fingerprinter#beforeAlongside(Phase, Set, Jdbi, Executor, CompletableFuture)}); {@link Pending#finish}
     * completes it before it waits.
     */
    public Pending recordBefore(Phase phase, Set<String> changed, Jdbi jdbi, Executor executor,
                                CompletableFuture<Void> start) {
        List<TableFingerprint> recorded = read(handle, phase, Moment.BEFORE);
        if (!recorded.isEmpty()) {
            Set<String> done = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            done.addAll(changed);
            recorded.forEach(p -> done.add(p.table()));
            append(phase, Moment.BEFORE, fingerprinter.before(phase, t -> !done.contains(t)));
            return new Pending(List.of(), Set::of, WriteHold.none());
        }
        Fingerprinter.Alongside prints = fingerprinter.beforeAlongside(phase, changed, jdbi, executor, start);
        try {
            write(phase, Moment.BEFORE, prints.now());
        } catch (RuntimeException e) {
            // the start first: the release waits for the digest's end, which waits for its start
            start.complete(null);
            prints.hold().release();
            prints.later().handle((ok, failed) -> null).join();
            throw e;
        }
        return new Pending(prints.now(), () -> {
            List<TableFingerprint> later;
            boolean held;
            try {
                start.complete(null);
                later = prints.later().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            } finally {
                held = prints.hold().release();
            }
            append(phase, Moment.BEFORE, later);
            Set<String> unchanged = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            if (held) {
                later.forEach(p -> unchanged.add(p.table()));
            }
            return unchanged;
        }, prints.hold());
    }

    /**
     * A before-fingerprint being finished: {@code now} the tables recorded already; {@code finish}, once the steps are
     * done, waits for the others and records them (on the caller's thread, which owns the store's connection), or
     * throws what failed there. It returns the tables that were locked against writes throughout ({@link WriteHold}),
     * for {@link #recordAfter(Phase, Set)}. {@code hold} is that lock, which {@code finish} releases.
     */
    public record Pending(List<TableFingerprint> now, Supplier<Set<String>> finish, WriteHold hold) {
    }

    /** Once the phase finished: the same tables and columns as before it. */
    public void recordAfter(Phase phase) {
        recordAfter(phase, Set.of());
    }

    /** {@link #recordAfter(Phase)}, where the tables in {@code held} were locked against writes since their before. */
    public void recordAfter(Phase phase, Set<String> held) {
        List<TableFingerprint> before = read(handle, phase, Moment.BEFORE);
        if (!before.isEmpty()) {
            write(phase, Moment.AFTER, fingerprinter.after(phase, before, held));
        }
    }

    private void write(Phase phase, Moment moment, List<TableFingerprint> prints) {
        SchemaTables.createOrRenewEmpty(handle, fingerprinter.vendor().ddl(), MODEL);
        store(phase, moment, prints, true);
    }

    /** Adds to what is recorded for the phase at that moment. */
    private void append(Phase phase, Moment moment, List<TableFingerprint> prints) {
        if (!prints.isEmpty()) {
            store(phase, moment, prints, false);
        }
    }

    private void store(Phase phase, Moment moment, List<TableFingerprint> prints, boolean replace) {
        handle.useTransaction(h -> {
            if (replace) {
                h.createUpdate("DELETE FROM " + TABLE + " WHERE PHASE = :phase AND MOMENT = :moment")
                        .bind("phase", phase.cliName()).bind("moment", moment.name()).execute();
            }
            Timestamp now = Timestamp.from(Instant.now());
            // one batch: a round trip per table would cost more than fingerprinting a small database
            PreparedBatch batch = h.prepareBatch("INSERT INTO " + TABLE + " (PHASE, MOMENT, TABLE_NAME, SUBSET, "
                    + "COLUMN_LIST, ROW_COUNT, DIGEST, TAKEN_AT) VALUES (:phase, :moment, :table, :subset, :columns, "
                    + ":rows, :digest, :taken)");
            for (TableFingerprint f : prints) {
                batch.bind("phase", phase.cliName()).bind("moment", moment.name()).bind("table", f.table())
                        .bind("subset", f.subset().isEmpty() ? "-" : f.subset())
                        .bind("columns", String.join(",", f.columns())).bind("rows", f.rows())
                        .bind("digest", f.digest()).bind("taken", now).add();
            }
            if (batch.size() > 0) {
                batch.execute();
            }
        });
    }

    /** What was recorded for the phase at that moment; empty where nothing was. */
    public static List<TableFingerprint> read(Handle handle, Phase phase, Moment moment) {
        if (!exists(handle)) {
            return List.of();
        }
        return handle.createQuery("SELECT TABLE_NAME, SUBSET, COLUMN_LIST, ROW_COUNT, DIGEST FROM " + TABLE
                        + " WHERE PHASE = :phase AND MOMENT = :moment ORDER BY TABLE_NAME, SUBSET")
                .bind("phase", phase.cliName()).bind("moment", moment.name())
                .map((rs, ctx) -> new TableFingerprint(rs.getString(1), rs.getString(2).equals("-") ? ""
                        : rs.getString(2), rs.getString(3).isEmpty() ? List.of()
                        : Arrays.asList(rs.getString(3).split(",")), rs.getLong(4), rs.getString(5)))
                .list();
    }
}
