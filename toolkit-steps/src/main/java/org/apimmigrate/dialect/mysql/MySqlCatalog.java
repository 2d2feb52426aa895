package org.apimmigrate.dialect.mysql;

import java.util.List;
import org.apimmigrate.dialect.common.QueryCatalogReader;

/** The MySQL/MariaDB catalog (INFORMATION_SCHEMA of the current database) in snapshot lines, as the reference dump reads it. */
final class MySqlCatalog extends QueryCatalogReader {

    MySqlCatalog() {
        super("mysql", List.of("columns", "constraints", "indexes", "triggers", "views"));
    }
}
