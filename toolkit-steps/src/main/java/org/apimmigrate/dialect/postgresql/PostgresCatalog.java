package org.apimmigrate.dialect.postgresql;

import java.util.List;
import org.apimmigrate.dialect.common.QueryCatalogReader;

/**
 * The PostgreSQL catalog in snapshot lines: the queries of the reference dump program, run on the connection's
 * current schema.
 */
final class PostgresCatalog extends QueryCatalogReader {

    PostgresCatalog() {
        super("postgresql", List.of("columns", "constraints", "indexes", "sequences", "triggers", "functions", "views"));
    }
}
