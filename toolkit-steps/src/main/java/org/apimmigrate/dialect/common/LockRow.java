package org.apimmigrate.dialect.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.api.dialect.DdlDialect;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.api.schema.PortableTable;
import org.apimmigrate.api.schema.PortableTable.PortableColumn;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The migration lock as a row in {@code APIM_MIGRATE_LOCK}, for vendors with no session lock the toolkit can use
 * (DB2, H2). Taking the lock inserts a row keyed by the lock name, which fails at once when a row is there; releasing
 * deletes it. The table is created on first use.
 *
 * <p>A run that is killed cannot delete its row: the lock then stays taken until someone runs the statement the
 * refusal message names ({@link #clearStatement}). The row tells who took it, where, and when. Vendors whose
 * databases are local files (H2) may reclaim a row left by a process of this host that no longer runs.
 *
 * <p>The table is defined once ({@link #MODEL}) and created by the vendor's DDL, as the journal is; the rest is plain
 * SQL every vendor runs alike ({@code lock-row.sql}). The lock must be taken outside a transaction: the row has to be
 * committed before another run can see it, and a run that saw an uncommitted row would wait instead of being refused.
 */
public class LockRow implements MigrationLock {

    public static final String TABLE = "APIM_MIGRATE_LOCK";

    /** The lock table in every vendor, rendered by the vendor's DDL. */
    public static final PortableTable MODEL = new PortableTable(TABLE, java.util.List.of(
            PortableColumn.text("LOCK_NAME", 128, false),
            PortableColumn.text("OWNER", 255, false),
            PortableColumn.text("HOST", 255, false),
            PortableColumn.of("ACQUIRED_AT", PortableTable.Type.TIMESTAMP, false)), java.util.List.of("LOCK_NAME"));

    private static final NamedSql SQL = NamedSql.load(LockRow.class, "lock-row.sql");

    /** SQLSTATE class of integrity constraint violations; a duplicate lock name is one. */
    private static final String INTEGRITY_VIOLATION = "23";

    private static final java.util.regex.Pattern PID = java.util.regex.Pattern.compile("\\(pid (\\d+)\\)$");

    private final NamedSql sql = SQL;
    private final DdlDialect ddl;
    private final boolean reclaimsDeadLocalHolder;

    /**
     * @param ddl                     the vendor's DDL, which creates the table on first use
     * @param reclaimsDeadLocalHolder a row taken on this host by a process that is gone (killed) is deleted and the
     *                                lock taken: for databases only this host's processes open (local files)
     */
    protected LockRow(DdlDialect ddl, boolean reclaimsDeadLocalHolder) {
        this.ddl = ddl;
        this.reclaimsDeadLocalHolder = reclaimsDeadLocalHolder;
    }

    /** The statement that clears a lock left behind by a killed run. */
    public static String clearStatement(String name) {
        return "DELETE FROM " + TABLE + " WHERE LOCK_NAME = '" + name.replace("'", "''") + "'";
    }

    @Override
    public Held acquire(Handle handle, String name) {
        if (handle.isInTransaction()) {
            throw new IllegalStateException("Take the migration lock before opening a transaction: the lock row "
                    + "must be committed at once to keep other runs away");
        }
        ensureTable(handle);
        String owner = owner();
        if (!insert(handle, name, owner)) {
            if (!(reclaimsDeadLocalHolder && reclaimDeadLocalHolder(handle, name) && insert(handle, name, owner))) {
                throw refusal(handle, name);
            }
        }
        return () -> {
            if (!handle.isClosed()) {
                handle.createUpdate(sql.get("delete")).bind("name", name).bind("owner", owner).execute();
            }
        };
    }

    /** True when the row was written; false when another run's row is there. */
    private boolean insert(Handle handle, String name, String owner) {
        try {
            handle.createUpdate(sql.get("insert")).bind("name", name).bind("owner", owner).bind("host", host())
                    .execute();
            return true;
        } catch (StatementException e) {
            if (isIntegrityViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Deletes the holder's row when it was taken on this host by a process that no longer runs. */
    private boolean reclaimDeadLocalHolder(Handle handle, String name) {
        Optional<Map<String, Object>> holder = handle.createQuery(sql.get("holder")).bind("name", name)
                .mapToMap().findOne();
        if (holder.isEmpty() || !host().equals(String.valueOf(value(holder.get(), "host")))) {
            return false;
        }
        String holderOwner = String.valueOf(value(holder.get(), "owner"));
        java.util.regex.Matcher pid = PID.matcher(holderOwner);
        if (!pid.find() || ProcessHandle.of(Long.parseLong(pid.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        return handle.createUpdate(sql.get("delete")).bind("name", name).bind("owner", holderOwner).execute() == 1;
    }

    private void ensureTable(Handle handle) {
        if (tableExists(handle)) {
            return;
        }
        try {
            handle.execute(ddl.createTable(MODEL));
        } catch (StatementException e) {
            if (!tableExists(handle)) { // another run may just have created it
                throw e;
            }
        }
    }

    private boolean tableExists(Handle handle) {
        return SchemaTables.exists(handle, TABLE);
    }

    private RuntimeException refusal(Handle handle, String name) {
        Optional<Map<String, Object>> holder = handle.createQuery(sql.get("holder")).bind("name", name)
                .mapToMap().findOne();
        return holder.<RuntimeException>map(row -> LockRefusal.heldByRow(name, String.valueOf(value(row, "owner")),
                        String.valueOf(value(row, "host")), value(row, "acquired_at")))
                // the row went away between insert and select: the other run has just finished
                .orElseGet(() -> LockRefusal.heldByRow(name, "another run", "unknown", "a moment ago"));
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static boolean isIntegrityViolation(StatementException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sqlException && sqlException.getSQLState() != null
                    && sqlException.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return true;
            }
        }
        return false;
    }

    private static String owner() {
        return "apim-migrate run of " + System.getProperty("user.name", "unknown user") + " (pid "
                + ProcessHandle.current().pid() + ")";
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
