package org.apimmigrate.dialect.h2;

import org.apimmigrate.api.dialect.Capabilities;

/** What H2 can do that changes how steps run. */
final class H2Capabilities {

    static final Capabilities CAPABILITIES = Capabilities.builder()
            .transactionalDdl(false)
            .maxIdentifierLength(256)
            .nativeLock(false)
            .foreignKeysNeedIndex(false)
            .uniqueOverPrimaryKeyColumns(true)
            .build();

    private H2Capabilities() {
    }
}
