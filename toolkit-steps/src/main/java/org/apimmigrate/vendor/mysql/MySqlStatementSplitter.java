package org.apimmigrate.vendor.mysql;

import org.apimmigrate.api.vendor.StatementSplitter;

/** Not written yet. */
final class MySqlStatementSplitter implements StatementSplitter {

    @Override
    public java.util.List<String> split(String script) {
        throw new UnsupportedOperationException("MySQL / MariaDB: StatementSplitter not implemented yet");
    }
}
