package org.apimmigrate.runner.preflight;

import java.util.List;
import java.util.Map;

/**
 * What preflight learned about one database.
 *
 * @param schemaState       which version it is at, in words
 * @param missingPrivileges what the user lacks, empty when all is there
 * @param privilegeNote     why privileges could not be checked, empty when they were
 */
public record DatabaseFacts(String role, String url, String user, String vendor, String engine, String driver,
                           String schemaState, List<String> missingPrivileges, String privilegeNote,
                           Map<String, Long> rowCounts) {

    public DatabaseFacts {
        missingPrivileges = List.copyOf(missingPrivileges);
        rowCounts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rowCounts));
    }
}
