package org.apimmigrate.dialect.db2;

import org.apimmigrate.dialect.common.LockRow;

/** DB2: the lock row in {@code APIM_MIGRATE_LOCK}; DB2 has no named session lock that is refused at once. */
final class Db2Lock extends LockRow {

    Db2Lock(Db2Ddl ddl) {
        super(ddl, false);
    }
}
