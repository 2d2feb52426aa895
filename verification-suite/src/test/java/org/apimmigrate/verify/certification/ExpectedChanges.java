package org.apimmigrate.verify.certification;

import java.util.Map;
import java.util.Set;

/**
 * What the 3.2.0 -> 4.0.0 migration is allowed to do to existing rows, stated here independently of the toolkit's own
 * hints (FACTS §4-§6): every other row of every table must come through value for value.
 */
final class ExpectedChanges {

    private ExpectedChanges() {
    }

    /** Columns 4.0.0 renamed: the values move with them. Table -> (3.2.0 name -> 4.0.0 name). */
    static final Map<String, Map<String, String>> RENAMED = Map.of(
            "AM_API_COMMENTS", Map.of("COMMENTED_USER", "CREATED_BY", "DATE_COMMENTED", "CREATED_TIME"));

    /** 3.2.0 gateway rows that WSO2's client writes anew per revision: the schema step empties these tables. */
    static final Set<String> EMPTIED = Set.of("AM_GW_API_ARTIFACTS", "AM_GW_PUBLISHED_API_DETAILS");

    /** Tables WSO2's client moves elsewhere and drops. */
    static final Set<String> DROPPED_BY_CLIENT = Set.of("AM_LABELS", "AM_LABEL_URLS");

    /** Columns WSO2's client fills (here: its stand-in, repair-api-uuid). */
    static final Map<String, Set<String>> SET_BY_CLIENT = Map.of("AM_API", Set.of("API_UUID", "STATUS"));

    /** Registry tables the clean-up and the re-index thin out; the registry checks say whether they did it right. */
    static final Set<String> THINNED_BY_REGISTRY_STEPS = Set.of("REG_RESOURCE_PROPERTY", "REG_RESOURCE_TAG",
            "REG_RESOURCE_COMMENT", "REG_RESOURCE_RATING", "REG_PROPERTY", "REG_TAG", "REG_COMMENT", "REG_RATING",
            "REG_LOG");
}
