package org.apimmigrate.dialect.db2;

import org.apimmigrate.dialect.common.DdlRenderer;

/**
 * DB2 DDL: ids come from {@code <TABLE>_SEQUENCE} through a {@code NO CASCADE BEFORE INSERT ... MODE DB2SQL}
 * trigger ({@code ddl/id-trigger.sql}); constraints the real schema leaves unnamed are rendered unnamed
 * ({@code SQL...}).
 */
final class Db2Ddl extends DdlRenderer {

    Db2Ddl() {
        super("db2");
    }
}
