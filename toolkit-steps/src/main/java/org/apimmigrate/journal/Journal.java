package org.apimmigrate.journal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.journal.JournalEntry.Status;
import org.apimmigrate.api.schema.PortableTable;
import org.apimmigrate.api.schema.PortableTable.PortableColumn;
import org.apimmigrate.api.schema.PortableTable.Type;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.version.ToolVersion;
import org.jdbi.v3.core.Handle;
import org.apimmigrate.dialect.common.SchemaTables;

/**
 * The journal table each migrated database keeps: one row per step with its checksum, status, times and counts.
 * The table is defined once ({@link #MODEL}) and created by the vendor's DDL; reads and writes are plain SQL every
 * vendor runs alike. Reading never creates the table, so preflight and plan change nothing.
 */
public final class Journal {

    public static final String TABLE = "APIM_MIGRATE_JOURNAL";
    private static final int DETAIL_LIMIT = 2000;

    /** The table in every vendor, rendered by the vendor's DDL. */
    public static final PortableTable MODEL = new PortableTable(TABLE, List.of(
            PortableColumn.text("STEP_ID", 100, false),
            PortableColumn.text("PHASE", 20, false),
            PortableColumn.text("CHECKSUM", 64, false),
            PortableColumn.text("STATUS", 20, false),
            PortableColumn.of("STARTED_AT", Type.TIMESTAMP, true),
            PortableColumn.of("FINISHED_AT", Type.TIMESTAMP, true),
            PortableColumn.of("ROWS_AFFECTED", Type.BIGINT, true),
            PortableColumn.of("STATEMENTS_RUN", Type.INTEGER, true),
            PortableColumn.text("TOOL_VERSION", 50, true),
            PortableColumn.text("DETAIL", DETAIL_LIMIT, true)), List.of("STEP_ID"));

    private final Handle handle;
    private final Vendor vendor;
    /** Once seen, the journal table stays for the life of this object (nothing here drops it). */
    private boolean exists;
    private boolean checked;

    public Journal(Handle handle, Vendor vendor) {
        this.handle = handle;
        this.vendor = vendor;
    }

    public boolean exists() {
        if (exists) {
            return true;
        }
        exists = SchemaTables.exists(handle, TABLE);
        return exists;
    }

    /** Before the first write of a run, which holds the migration lock. */
    public void ensureExists() {
        if (!checked) {
            SchemaTables.createOrRenewEmpty(handle, vendor.ddl(), MODEL);
            exists = true;
            checked = true;
        }
    }

    public List<JournalEntry> all() {
        if (!exists()) {
            return List.of();
        }
        return handle.createQuery("SELECT STEP_ID, PHASE, CHECKSUM, STATUS, STARTED_AT, FINISHED_AT, ROWS_AFFECTED, "
                        + "STATEMENTS_RUN, TOOL_VERSION, DETAIL FROM " + TABLE + " ORDER BY STARTED_AT, STEP_ID")
                .map((rs, ctx) -> new JournalEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        Status.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), rs.getLong(7), rs.getInt(8), rs.getString(9), rs.getString(10)))
                .list();
    }

    public Optional<JournalEntry> find(String stepId) {
        return all().stream().filter(e -> e.stepId().equals(stepId)).findFirst();
    }

    public void started(String stepId, String phase, String checksum) {
        write(new JournalEntry(stepId, phase, checksum, Status.RUNNING, Instant.now(), null, 0, 0, ToolVersion.get(),
                null));
    }

    public void finished(JournalEntry started, Status status, long rows, int statements, String detail) {
        write(new JournalEntry(started.stepId(), started.phase(), started.checksum(), status, started.startedAt(),
                Instant.now(), rows, statements, ToolVersion.get(), detail));
    }

    /** Replaces the step's row; delete + insert in one transaction is the one upsert every vendor has. */
    public void write(JournalEntry e) {
        ensureExists();
        handle.useTransaction(h -> {
            h.createUpdate("DELETE FROM " + TABLE + " WHERE STEP_ID = :id").bind("id", e.stepId()).execute();
            h.createUpdate("INSERT INTO " + TABLE + " (STEP_ID, PHASE, CHECKSUM, STATUS, STARTED_AT, FINISHED_AT, "
                            + "ROWS_AFFECTED, STATEMENTS_RUN, TOOL_VERSION, DETAIL) VALUES (:id, :phase, :checksum, "
                            + ":status, :started, :finished, :rows, :statements, :version, :detail)")
                    .bind("id", e.stepId()).bind("phase", e.phase()).bind("checksum", e.checksum())
                    .bind("status", e.status().name()).bind("started", timestamp(e.startedAt()))
                    .bind("finished", timestamp(e.finishedAt())).bind("rows", e.rowsAffected())
                    .bind("statements", e.statementsRun()).bind("version", e.toolVersion())
                    .bind("detail", truncate(e.detail()))
                    .execute();
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= DETAIL_LIMIT ? s : s.substring(0, DETAIL_LIMIT - 3) + "...";
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
