package org.apimmigrate.vendor.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.api.vendor.MigrationLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The migration lock as a row in {@code APIM_MIGRATE_LOCK}, for vendors with no session lock the toolkit can use
 * (DB2, H2). Taking the lock inserts a row keyed by the lock name, which fails at once when a row is there; releasing
 * deletes it. The table is created on first use.
 *
 * <p>A run that is killed cannot delete its row: the lock then stays taken until someone runs the statement the
 * refusal message names ({@link #clearStatement}). The row tells who took it, where, and when.
 *
 * <p>The vendor's SQL file holds {@code table-exists} (returns a count), {@code create-table}, {@code insert},
 * {@code holder} and {@code delete}. The lock must be taken outside a transaction: the row has to be committed
 * before another run can see it, and a run that saw an uncommitted row would wait instead of being refused.
 */
public class LockRow implements MigrationLock {

    /** SQLSTATE class of integrity constraint violations; a duplicate lock name is one. */
    private static final String INTEGRITY_VIOLATION = "23";

    private final NamedSql sql;

    protected LockRow(NamedSql sql) {
        this.sql = sql;
    }

    /** The statement that clears a lock left behind by a killed run. */
    public static String clearStatement(String name) {
        return "DELETE FROM APIM_MIGRATE_LOCK WHERE LOCK_NAME = '" + name.replace("'", "''") + "'";
    }

    @Override
    public Held acquire(Handle handle, String name) {
        if (handle.isInTransaction()) {
            throw new IllegalStateException("Take the migration lock before opening a transaction: the lock row "
                    + "must be committed at once to keep other runs away");
        }
        ensureTable(handle);
        String owner = owner();
        try {
            handle.createUpdate(sql.get("insert")).bind("name", name).bind("owner", owner).bind("host", host())
                    .execute();
        } catch (StatementException e) {
            if (isIntegrityViolation(e)) {
                throw refusal(handle, name);
            }
            throw e;
        }
        return () -> {
            if (!handle.isClosed()) {
                handle.createUpdate(sql.get("delete")).bind("name", name).bind("owner", owner).execute();
            }
        };
    }

    private void ensureTable(Handle handle) {
        if (tableExists(handle)) {
            return;
        }
        try {
            handle.execute(sql.get("create-table"));
        } catch (StatementException e) {
            if (!tableExists(handle)) { // another run may just have created it
                throw e;
            }
        }
    }

    private boolean tableExists(Handle handle) {
        return handle.createQuery(sql.get("table-exists")).mapTo(Integer.class).one() > 0;
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
