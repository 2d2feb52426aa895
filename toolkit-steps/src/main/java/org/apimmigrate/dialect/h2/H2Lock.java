package org.apimmigrate.dialect.h2;

import org.apimmigrate.dialect.common.LockRow;

/**
 * H2: the lock row in {@code APIM_MIGRATE_LOCK}; H2 has no named session lock. Its files are opened by processes of
 * this host only, so a row left by a run that was killed is reclaimed.
 */
final class H2Lock extends LockRow {

    H2Lock(H2Ddl ddl) {
        super(ddl, true);
    }
}
