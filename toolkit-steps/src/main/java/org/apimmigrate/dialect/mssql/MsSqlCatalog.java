package org.apimmigrate.dialect.mssql;

import java.util.List;
import org.apimmigrate.dialect.common.QueryCatalogReader;

/**
 * The SQL Server catalog of the current schema in snapshot lines (sys.* views). Names the engine made up for constraints read as
 * {@code SYS_GENERATED}, so that migrations look real names up instead of assuming them.
 */
final class MsSqlCatalog extends QueryCatalogReader {

    MsSqlCatalog() {
        super("mssql", List.of("columns", "keys", "foreign-keys", "indexes", "sequences", "triggers", "views"));
    }
}
