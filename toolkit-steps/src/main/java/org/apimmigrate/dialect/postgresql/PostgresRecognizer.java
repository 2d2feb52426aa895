package org.apimmigrate.dialect.postgresql;

import java.util.List;
import org.apimmigrate.dialect.common.PrefixRecognizer;

/** Recognises PostgreSQL by JDBC URL and driver product name. */
final class PostgresRecognizer extends PrefixRecognizer {

    PostgresRecognizer() {
        super(PostgresVendor.CONNECTION, List.of("postgresql"));
    }
}
