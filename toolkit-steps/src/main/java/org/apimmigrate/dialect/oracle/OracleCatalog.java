package org.apimmigrate.dialect.oracle;

import java.util.List;
import org.apimmigrate.dialect.common.QueryCatalogReader;

/**
 * The Oracle catalog of the current schema in snapshot lines (USER_* views). Names the engine made up for constraints read as
 * {@code SYS_GENERATED}, so that migrations look real names up instead of assuming them.
 */
final class OracleCatalog extends QueryCatalogReader {

    OracleCatalog() {
        super("oracle", List.of("columns", "constraints", "indexes", "sequences", "triggers", "views"));
    }
}
