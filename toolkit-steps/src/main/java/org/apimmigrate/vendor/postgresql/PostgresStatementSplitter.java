package org.apimmigrate.vendor.postgresql;

import org.apimmigrate.api.vendor.StatementSplitter;

/** Not written yet. */
final class PostgresStatementSplitter implements StatementSplitter {

    @Override
    public java.util.List<String> split(String script) {
        throw new UnsupportedOperationException("PostgreSQL: StatementSplitter not implemented yet");
    }
}
