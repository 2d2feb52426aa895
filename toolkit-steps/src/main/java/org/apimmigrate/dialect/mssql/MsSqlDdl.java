package org.apimmigrate.dialect.mssql;

import org.apimmigrate.dialect.common.DdlRenderer;

/**
 * SQL Server DDL: ids are {@code IDENTITY(1,1)} columns; constraints the real schema leaves unnamed are rendered
 * unnamed, so SQL Server names them ({@code PK__...}) as it does on a real database.
 */
final class MsSqlDdl extends DdlRenderer {

    MsSqlDdl() {
        super("mssql");
    }

    @Override
    protected String quote(String identifier) {
        return "[" + identifier + "]";
    }
}
