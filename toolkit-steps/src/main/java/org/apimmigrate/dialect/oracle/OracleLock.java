package org.apimmigrate.dialect.oracle;

import java.sql.Types;
import org.apimmigrate.api.dialect.MigrationLock;
import org.apimmigrate.dialect.common.LockRefusal;
import org.apimmigrate.dialect.common.NamedSql;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.OutParameters;

/**
 * Oracle: a {@code DBMS_LOCK} user lock requested with {@code timeout => 0} and {@code release_on_commit => FALSE},
 * so it is refused at once, survives commits and is freed with the session. It needs PL/SQL OUT parameters (the lock
 * handle and the result code), hence its own class rather than {@code SessionLock}.
 */
final class OracleLock implements MigrationLock {

    /** {@code DBMS_LOCK.REQUEST} results: granted, timed out (another session holds it), already owned by us. */
    private static final int GRANTED = 0;
    private static final int HELD_ELSEWHERE = 1;
    private static final int ALREADY_OWNED = 4;

    private final NamedSql sql = NamedSql.load(OracleLock.class, "migration-lock.sql");

    @Override
    public Held acquire(Handle handle, String name) {
        OutParameters out = handle.createCall(sql.get("acquire")).bind("name", name)
                .registerOutParameter("result", Types.INTEGER)
                .registerOutParameter("lockhandle", Types.VARCHAR)
                .invoke();
        int result = out.getInt("result");
        if (result == HELD_ELSEWHERE) {
            throw LockRefusal.heldBySession(name, "Oracle DBMS_LOCK user lock", java.util.Optional.empty());
        }
        if (result != GRANTED && result != ALREADY_OWNED) {
            throw new IllegalStateException("DBMS_LOCK.REQUEST for the migration lock '" + name
                    + "' failed with result " + result + " (2 deadlock, 3 parameter error, 5 illegal lock handle)");
        }
        String lockHandle = out.getString("lockhandle");
        return () -> {
            if (!handle.isClosed()) {
                handle.createCall(sql.get("release")).bind("lockhandle", lockHandle)
                        .registerOutParameter("result", Types.INTEGER).invoke();
            }
        };
    }
}
