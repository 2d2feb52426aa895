package org.apimmigrate.api.dialect;

import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.Snapshot;
import org.jdbi.v3.core.Handle;

/** Reads the current schema of a connection from the vendor's catalog into normalized snapshot lines. */
public interface CatalogReader {

    Snapshot snapshot(Handle handle);

    /**
     * What the connected user lacks of the privileges the toolkit's steps use on the connected schema (create tables
     * and indexes, alter existing tables, read and write rows), one entry per privilege and object. Empty when the
     * vendor cannot tell; the steps then fail on the first statement the database refuses, and resume once granted.
     */
    default List<MissingPrivilege> missingPrivileges(Handle handle) {
        return List.of();
    }

    /**
     * The name the engine gave a constraint that {@link #snapshot} shows as {@code SYS_GENERATED}, found by its
     * definition, for vendors whose DDL cannot look the name up itself (no procedural blocks). Empty where the
     * vendor's change statements look it up, or no such constraint exists.
     */
    default Optional<String> generatedName(Handle handle, Constraint constraint) {
        return Optional.empty();
    }

    /** A privilege the connected user lacks, e.g. {@code ALTER} on {@code table AM_API}. */
    record MissingPrivilege(String privilege, String object) {
    }
}
