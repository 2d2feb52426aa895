package org.apimmigrate.dialect.h2;

import org.apimmigrate.dialect.common.DdlRenderer;

/** H2 DDL: the shared renderer as it is; H2 keywords used as names are quoted. */
final class H2Ddl extends DdlRenderer {

    H2Ddl() {
        super("h2");
    }
}
