package org.apimmigrate.dialect.h2;

import java.util.List;
import org.apimmigrate.dialect.common.QueryCatalogReader;

/**
 * The catalog of H2 1.4.199, the H2 API-M ships (INFORMATION_SCHEMA of the current schema), in snapshot lines spelled
 * as the H2 facts spell them (H2 2.x's type names); names H2 made up read as {@code SYS_GENERATED}.
 */
final class H2Catalog extends QueryCatalogReader {

    H2Catalog() {
        super("h2", List.of("columns", "constraints", "indexes", "sequences", "triggers", "views"));
    }
}
