package org.apimmigrate.fingerprint;

import java.util.List;

/**
 * A table's row count and content digest at one moment.
 *
 * @param subset  empty for the whole table, else the condition selecting the rows a phase must keep as they were
 * @param columns the columns the digest covers, as the database named them then
 */
public record TableFingerprint(String table, String subset, List<String> columns, long rows, String digest) {

    public TableFingerprint {
        columns = List.copyOf(columns);
    }

    public boolean whole() {
        return subset.isEmpty();
    }
}
