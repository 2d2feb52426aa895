package org.apimmigrate.dialect.db2;

import org.apimmigrate.dialect.common.LockRow;
import org.apimmigrate.dialect.common.NamedSql;

/** DB2: the lock row in {@code APIM_MIGRATE_LOCK}; DB2 has no named session lock that is refused at once. */
final class Db2Lock extends LockRow {

    Db2Lock() {
        super(NamedSql.load(Db2Lock.class, "migration-lock.sql"));
    }
}
