package org.apimmigrate.dialect.db2;

import org.apimmigrate.api.dialect.Capabilities;

/** What IBM Db2 can do that changes how steps run. */
final class Db2Capabilities {

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .transactionalDdl(true)
            .maxIdentifierLength(128)
            .nativeLock(false)
            .foreignKeysNeedIndex(false)
            .build();

    private Db2Capabilities() {
    }
}
