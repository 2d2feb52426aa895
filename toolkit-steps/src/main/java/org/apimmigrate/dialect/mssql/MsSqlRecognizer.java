package org.apimmigrate.dialect.mssql;

import java.util.List;
import org.apimmigrate.dialect.common.PrefixRecognizer;

/** Recognises Microsoft SQL Server by JDBC URL and driver product name. */
final class MsSqlRecognizer extends PrefixRecognizer {

    MsSqlRecognizer() {
        super(MsSqlVendor.CONNECTION, List.of("microsoft sql server", "sql server"));
    }
}
