package org.apimmigrate.registry;

import java.util.List;
import java.util.Map;

/**
 * The registry's four association tables, each with the value table it points at. {@code shortName} names the
 * toolkit's own work tables for the pair ({@code APIM_MIGRATE_RRP_...}).
 */
public record AssociationTables(String association, String value, String idColumn, String shortName) {

    public static final List<AssociationTables> ALL = List.of(
            new AssociationTables("REG_RESOURCE_PROPERTY", "REG_PROPERTY", "REG_PROPERTY_ID", "RRP"),
            new AssociationTables("REG_RESOURCE_TAG", "REG_TAG", "REG_TAG_ID", "RRT"),
            new AssociationTables("REG_RESOURCE_COMMENT", "REG_COMMENT", "REG_COMMENT_ID", "RRC"),
            new AssociationTables("REG_RESOURCE_RATING", "REG_RATING", "REG_RATING_ID", "RRR"));

    /** Fills the slots of the SQL templates: {@code ${assoc}}, {@code ${value}}, {@code ${id}}, {@code ${tmp}}, ... */
    public Map<String, String> slots() {
        return Map.of("assoc", association, "value", value, "id", idColumn, "tmp", shortName, "keep", keep(),
                "build", build());
    }

    public String build() {
        return "APIM_MIGRATE_" + shortName + "_BUILD";
    }

    /** Prefix of the sealed copies of a rebuild (see {@code SurvivorRebuild}). */
    public String keep() {
        return "APIM_MIGRATE_" + shortName + "_KEEP";
    }
}
