package org.apimmigrate.dialect.mysql;

import org.apimmigrate.api.dialect.Capabilities;

/** What MySQL / MariaDB can do that changes how steps run. */
final class MySqlCapabilities {

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .transactionalDdl(false)
            .maxIdentifierLength(64)
            .nativeLock(true)
            .foreignKeysNeedIndex(true)
            .uniqueOverPrimaryKeyColumns(true)
            .build();

    private MySqlCapabilities() {
    }
}
