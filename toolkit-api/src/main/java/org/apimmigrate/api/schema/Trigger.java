package org.apimmigrate.api.schema;

/** A trigger as the catalog lists it; its body lives in the vendor's SQL resources, not here. */
public record Trigger(String table, String name, String timingAndEvent) {

    public SnapshotLine toLine() {
        return SnapshotLine.of(SnapshotLine.Kind.TRG, table, name, timingAndEvent);
    }
}
