package org.apimmigrate.dialect.postgresql;

import org.apimmigrate.api.dialect.Capabilities;

/** What PostgreSQL can do that changes how steps run. */
final class PostgresCapabilities {

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .transactionalDdl(true)
            .maxIdentifierLength(63)
            .nativeLock(true)
            .foreignKeysNeedIndex(false)
            .build();

    private PostgresCapabilities() {
    }
}
