package org.apimmigrate.dialect.h2;

import org.apimmigrate.dialect.common.LockRow;
import org.apimmigrate.dialect.common.NamedSql;

/**
 * H2: the lock row in {@code APIM_MIGRATE_LOCK}; H2 has no named session lock. Its files are opened by processes of
 * this host only, so a row left by a run that was killed is reclaimed.
 */
final class H2Lock extends LockRow {

    H2Lock() {
        super(NamedSql.load(H2Lock.class, "migration-lock.sql"), true);
    }
}
