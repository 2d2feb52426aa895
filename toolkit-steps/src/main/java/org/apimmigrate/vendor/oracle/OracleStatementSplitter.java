package org.apimmigrate.vendor.oracle;

import org.apimmigrate.api.vendor.StatementSplitter;

/** Not written yet. */
final class OracleStatementSplitter implements StatementSplitter {

    @Override
    public java.util.List<String> split(String script) {
        throw new UnsupportedOperationException("Oracle: StatementSplitter not implemented yet");
    }
}
