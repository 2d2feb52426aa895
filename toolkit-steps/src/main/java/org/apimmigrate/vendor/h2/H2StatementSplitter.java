package org.apimmigrate.vendor.h2;

import org.apimmigrate.api.vendor.StatementSplitter;

/** Not written yet. */
final class H2StatementSplitter implements StatementSplitter {

    @Override
    public java.util.List<String> split(String script) {
        throw new UnsupportedOperationException("H2: StatementSplitter not implemented yet");
    }
}
