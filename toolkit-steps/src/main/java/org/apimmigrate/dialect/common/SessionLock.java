package org.apimmigrate.dialect.common;

import java.util.function.Function;
import java.util.function.Predicate;
import org.apimmigrate.api.dialect.MigrationLock;
import org.jdbi.v3.core.Handle;

/**
 * An engine-native lock owned by the database session (PostgreSQL advisory lock, MySQL {@code GET_LOCK}, SQL Server
 * {@code sp_getapplock}), taken by one query and released by another. Because the session owns it, commits between
 * steps keep it, and it is freed when the session ends, so a killed run leaves nothing behind.
 *
 * <p>The vendor's SQL file holds {@code acquire} (returns one value that says whether the lock was granted, without
 * waiting) and {@code release}; both take the lock key as {@code :key}. An optional {@code holder} returns who holds
 * it, since when, and the statement that ends that session, for the refusal message.
 */
public class SessionLock implements MigrationLock {

    private final NamedSql sql;
    private final String mechanism;
    private final Function<String, Object> keyOfName;
    private final Predicate<Object> granted;

    /**
     * @param mechanism what the lock is, for messages, e.g. {@code PostgreSQL advisory lock}
     * @param keyOfName the value bound as {@code :key} for a lock name
     * @param granted   whether the value {@code acquire} returned means the lock is now held
     */
    protected SessionLock(NamedSql sql, String mechanism, Function<String, Object> keyOfName,
            Predicate<Object> granted) {
        this.sql = sql;
        this.mechanism = mechanism;
        this.keyOfName = keyOfName;
        this.granted = granted;
    }

    @Override
    public Held acquire(Handle handle, String name) {
        Object key = keyOfName.apply(name);
        Object result = firstValue(handle, sql.get("acquire"), key);
        if (!granted.test(result)) {
            throw LockRefusal.heldBySession(name, mechanism, holder(handle, key));
        }
        return () -> {
            if (!handle.isClosed()) { // a closed session has already freed its lock
                firstValue(handle, sql.get("release"), key);
            }
        };
    }

    /** Who holds the lock, since when and how to end that session, where the vendor can tell ({@code holder}). */
    private java.util.Optional<LockRefusal.Holder> holder(Handle handle, Object key) {
        return sql.find("holder").flatMap(text -> {
            try {
                return handle.createQuery(text).bind("key", key).map((rs, ctx) -> new LockRefusal.Holder(
                        rs.getString(1), rs.getString(2), rs.getString(3))).findFirst();
            } catch (RuntimeException e) { // the holder is a courtesy: a user who may not see sessions gets none
                return java.util.Optional.empty();
            }
        });
    }

    private static Object firstValue(Handle handle, String text, Object key) {
        return handle.createQuery(text).bind("key", key).map((rs, ctx) -> rs.getObject(1)).one();
    }
}
