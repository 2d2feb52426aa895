package org.apimmigrate.vendor.mysql;

import java.util.List;
import org.apimmigrate.vendor.common.PrefixRecognizer;

/** Recognises MySQL / MariaDB by JDBC URL and driver product name. */
final class MySqlRecognizer extends PrefixRecognizer {

    MySqlRecognizer() {
        super(MySqlVendor.CONNECTION, List.of("mysql", "mariadb"));
    }
}
