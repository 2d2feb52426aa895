package org.apimmigrate.dialect.oracle;

import org.apimmigrate.dialect.common.DdlRenderer;

/**
 * Oracle DDL: ids come from {@code <TABLE>_SEQUENCE} through a {@code BEFORE INSERT} trigger
 * ({@code ddl/id-trigger.sql}); constraints the real schema leaves unnamed are rendered unnamed ({@code SYS_C...}).
 */
final class OracleDdl extends DdlRenderer {

    OracleDdl() {
        super("oracle");
    }
}
