package org.apimmigrate.steps.schema;

import org.apimmigrate.api.schema.SchemaModel;

/**
 * Where a live schema stands between the source and target versions, told by markers rather than equality so that a
 * real database with extra indexes of its own still reads as what it is.
 */
public enum SchemaState {
    /** A table every version of the schema has is missing: not this kind of database at all. */
    NOT_THIS_SCHEMA,
    /** Nothing of the target version is there yet. */
    SOURCE,
    /** Some but not all of the target version is there. */
    PARTIAL,
    /** The target version is complete (for this step's scope). */
    TARGET;

    /**
     * @param anchorTable a table both versions have, e.g. AM_API or REG_RESOURCE
     * @param remainingChanges how many changes the planner still sees
     */
    public static SchemaState of(SchemaModel live, SchemaModel source, SchemaModel target, String anchorTable,
                                 int remainingChanges) {
        if (live.findTable(anchorTable).isEmpty()) {
            return NOT_THIS_SCHEMA;
        }
        if (remainingChanges == 0) {
            return TARGET;
        }
        boolean anyTargetOnlyTable = target.tables().stream().anyMatch(t -> source.findTable(t.name()).isEmpty()
                && live.findTable(t.name()).isPresent());
        boolean anyTargetOnlyColumn = target.tables().stream().anyMatch(t -> source.findTable(t.name()).isPresent()
                && live.findTable(t.name()).isPresent() && t.columns().stream().anyMatch(c ->
                source.table(t.name()).column(c.name()).isEmpty()
                        && live.table(t.name()).column(c.name()).isPresent()));
        return anyTargetOnlyTable || anyTargetOnlyColumn ? PARTIAL : SOURCE;
    }
}
