package org.apimmigrate.dialect.mssql;

import org.apimmigrate.dialect.common.NamedSql;
import org.apimmigrate.dialect.common.SessionLock;

/** SQL Server: {@code sp_getapplock} owned by the session; 0 or 1 means granted, negative values refused. */
final class MsSqlLock extends SessionLock {

    MsSqlLock() {
        super(NamedSql.load(MsSqlLock.class, "migration-lock.sql"), "SQL Server sp_getapplock session lock",
                name -> name, result -> result instanceof Number n && n.intValue() >= 0);
    }
}
