package org.apimmigrate.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.schema.Snapshot;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog of each physical database as one command last read it, shared by everything the command looks with
 * (the steps' checks, where a database stands, verify's checks): reading a catalog costs more than the rest of a
 * command on a small database. A read is dropped as soon as anything may have changed the schema
 * ({@link #changed}); a migrating run drops it when it takes its lock, so its steps see the schema as it is under the
 * lock. Every read is logged, so a verbose run shows how often each database's catalog was read.
 */
public final class CatalogReads {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogReads.class);

    private final Map<String, Snapshot> read = new HashMap<>();
    private final Set<String> readBefore = new HashSet<>();
    /** What was worked out from a read and the data as they stood, by the read and a name of the work. */
    private final Map<Snapshot, Map<String, Object>> derived = new IdentityHashMap<>();

    /** The database's schema: as read before, or read now. */
    public Snapshot schema(String identity, String label, Vendor vendor, Handle handle) {
        Snapshot known = read.get(identity);
        if (known == null) {
            if (readBefore.add(identity)) {
                LOG.debug("[catalog] {}: schema read from the catalog", label);
            } else {
                LOG.debug("[catalog] {}: schema read again, as it may have changed since the last read", label);
            }
            known = vendor.catalog().snapshot(handle);
            read.put(identity, known);
        }
        return known;
    }

    /**
     * What {@code work} gives for this read of a schema, worked out once while neither the schema nor any data changed
     * (e.g. where a database stands, which the report asks before and after a run that had nothing to do).
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Snapshot schema, String what, Supplier<T> work) {
        Map<String, Object> known = derived.computeIfAbsent(schema, s -> new HashMap<>());
        Object value = known.get(what);
        if (value == null) {
            value = work.get();
            known.put(what, value);
        }
        return (T) value;
    }

    /** The database's schema may have changed: the next look reads it again. */
    public void changed(String identity) {
        Snapshot gone = read.remove(identity);
        if (gone != null) {
            derived.remove(gone);
        }
    }

    /** A statement ran: what was worked out from the data may no longer hold. */
    public void dataChanged() {
        derived.clear();
    }

    /** Any database's schema may have changed (e.g. something outside the steps ran statements). */
    public void changedAll() {
        read.clear();
        derived.clear();
    }
}
