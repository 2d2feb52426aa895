package org.apimmigrate.vendor.db2;

import org.apimmigrate.api.vendor.StatementSplitter;

/** Not written yet. */
final class Db2StatementSplitter implements StatementSplitter {

    @Override
    public java.util.List<String> split(String script) {
        throw new UnsupportedOperationException("IBM Db2: StatementSplitter not implemented yet");
    }
}
