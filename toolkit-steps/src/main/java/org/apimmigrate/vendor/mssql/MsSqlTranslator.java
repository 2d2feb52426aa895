package org.apimmigrate.vendor.mssql;

import org.apimmigrate.vendor.common.CanonicalTranslator;

/** The canonical model in SQL Server's vocabulary; rules and facts in {@code org/apimmigrate/vendor/mssql/model/}. */
final class MsSqlTranslator extends CanonicalTranslator {

    MsSqlTranslator() {
        super("mssql");
    }
}
