package org.apimmigrate.api.dialect;

import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.schema.Snapshot;
import org.jdbi.v3.core.Handle;

/**
 * Character sets are the user's. Where a vendor's catalog shows them, a target model written for WSO2's default
 * database is fitted to the live one: existing columns keep their character set, new tables and columns take what
 * WSO2's script would give them in this database, and a foreign key between a new and an old column gets the old
 * column's character set so that the engine accepts it.
 */
public interface CharacterSets {

    /** Vendors whose catalog snapshot says nothing about character sets: the target is taken as it is. */
    CharacterSets NONE = new CharacterSets() {
        @Override
        public Snapshot fit(Snapshot target, Snapshot live, Handle handle) {
            return target;
        }

        @Override
        public List<Finding> findings(Snapshot fittedTarget, Snapshot live, Handle handle) {
            return List.of();
        }
    };

    /**
     * The target as it must look in this database.
     *
     * @param live the live snapshot, with columns a migration renames already under their new names
     */
    Snapshot fit(Snapshot target, Snapshot live, Handle handle);

    /**
     * The database's and tables' character sets in words (information), and blockers for what cannot work with them,
     * each with the fix. Reads only.
     */
    List<Finding> findings(Snapshot fittedTarget, Snapshot live, Handle handle);
}
