package org.apimmigrate.schema;

import java.util.Locale;

/**
 * The toolkit's own tables in a user's database (journal, fingerprints, lock, the registry rebuild's work tables):
 * neither WSO2's nor the user's, so never compared, fingerprinted or listed as the user's.
 */
public final class ToolkitTables {

    /** Every table of the toolkit's own starts with it. */
    public static final String PREFIX = "APIM_MIGRATE_";

    private ToolkitTables() {
    }

    public static boolean owns(String name) {
        return name.toUpperCase(Locale.ROOT).startsWith(PREFIX);
    }
}
