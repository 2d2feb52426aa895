package org.apimmigrate.vendor.h2;

import java.util.List;
import org.apimmigrate.vendor.common.QueryCatalogReader;

/** The H2 2.x catalog (INFORMATION_SCHEMA of the current schema) in snapshot lines. */
final class H2Catalog extends QueryCatalogReader {

    H2Catalog() {
        super("h2", List.of("columns", "constraints", "indexes", "sequences", "triggers"));
    }
}
