package org.apimmigrate.vendor.mssql;

import java.util.List;
import org.apimmigrate.vendor.common.PrefixRecognizer;

/** Recognises Microsoft SQL Server by JDBC URL and driver product name. */
final class MsSqlRecognizer extends PrefixRecognizer {

    MsSqlRecognizer() {
        super(MsSqlVendor.CONNECTION, List.of("microsoft sql server", "sql server"));
    }
}
