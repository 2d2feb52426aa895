package org.apimmigrate.api.dialect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;

/**
 * What an engine leaves behind when a process dies inside one of its own statements that it carries out in several
 * committed parts (e.g. an ALTER TABLE done as copy, drop and rename): objects no run and no user made, which a
 * resumed run must put right before it reads the schema. Each vendor recognises its own; most have none.
 */
public interface InterruptedStatements {

    InterruptedStatements NONE = (handle, altered) -> List.of();

    /**
     * The leftovers in the connection's own schema, each with the statements that put it right; reads only. Only
     * what a statement on a table {@code altered} accepts (the tables the toolkit's runs change, spelled as the
     * vendor's catalog keeps them; asked only about candidates, as working them out costs) counts: anything else may
     * be the user's, and is left alone.
     */
    List<Leftover> find(Handle handle, Predicate<String> altered);

    /**
     * One leftover: the tables the repair drops (a read-only run hides them, so they are never taken for the
     * user's), the names it gives back (old to new; while any is pending, a read-only run cannot check or plan the
     * steps on the live names), what was found and what the repair does, and its statements, run in this order.
     */
    record Leftover(List<String> dropped, Map<String, String> renamed, String description, List<String> repair) {
        public Leftover {
            dropped = List.copyOf(dropped);
            renamed = Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
            repair = List.copyOf(repair);
        }
    }
}
