package org.apimmigrate.dialect.db2;

import java.util.List;
import org.apimmigrate.dialect.common.QueryCatalogReader;

/**
 * The DB2 catalog of the current schema in snapshot lines (SYSCAT views). Names the engine made up for constraints read as
 * {@code SYS_GENERATED}, so that migrations look real names up instead of assuming them.
 */
final class Db2Catalog extends QueryCatalogReader {

    Db2Catalog() {
        super("db2", List.of("columns", "constraints", "indexes", "sequences", "triggers", "views"));
    }
}
