package org.apimmigrate.vendor.mssql;

import org.apimmigrate.api.vendor.StatementSplitter;

/** Not written yet. */
final class MsSqlStatementSplitter implements StatementSplitter {

    @Override
    public java.util.List<String> split(String script) {
        throw new UnsupportedOperationException("Microsoft SQL Server: StatementSplitter not implemented yet");
    }
}
