package org.apimmigrate.dialect.mysql;

import org.apimmigrate.dialect.common.NamedSql;
import org.apimmigrate.dialect.common.SessionLock;

/** MySQL / MariaDB: {@code GET_LOCK(name, 0)}, a named lock the session owns; 1 means granted. */
final class MySqlLock extends SessionLock {

    MySqlLock() {
        super(NamedSql.load(MySqlLock.class, "migration-lock.sql"), "MySQL GET_LOCK named lock", name -> name,
                result -> result instanceof Number n && n.intValue() == 1);
    }
}
