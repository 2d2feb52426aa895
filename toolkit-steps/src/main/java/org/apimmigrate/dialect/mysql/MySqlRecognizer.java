package org.apimmigrate.dialect.mysql;

import java.util.List;
import org.apimmigrate.dialect.common.PrefixRecognizer;

/** Recognises MySQL / MariaDB by JDBC URL and driver product name. */
final class MySqlRecognizer extends PrefixRecognizer {

    MySqlRecognizer() {
        super(MySqlVendor.CONNECTION, List.of("mysql", "mariadb"));
    }
}
