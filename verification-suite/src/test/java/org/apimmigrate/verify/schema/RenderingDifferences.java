package org.apimmigrate.verify.schema;

import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;

/**
 * The explicit allow-list of catalog lines that an engine version here spells differently from the engine the
 * reference dumps were made on (PostgreSQL 15, MariaDB 10.11), each with its reason. Only these exact lines may
 * differ; everything else must match the dump.
 */
record RenderingDifferences(List<Difference> differences) {

    /** The reference line, the line this engine shows instead, and why that is the same schema. */
    record Difference(String enginePrefix, String referenceLine, String engineLine, String reason) {
    }

    /**
     * Empty: PostgreSQL 16 and 13 and MariaDB 11.4 read every line back exactly as PostgreSQL 15 and MariaDB 10.11
     * wrote it into the dumps. A future engine version that spells a line differently is listed here, with reason.
     */
    private static final List<Difference> ALL = List.of();

    static RenderingDifferences forEngine(String engineVersion) {
        return new RenderingDifferences(ALL.stream().filter(d -> engineVersion.startsWith(d.enginePrefix())).toList());
    }

    /** The reference with this engine's listed lines swapped in; a listed line absent from the reference stays out. */
    Snapshot applyTo(Snapshot reference) {
        List<SnapshotLine> lines = new ArrayList<>(reference.lines());
        for (Difference d : differences) {
            SnapshotLine ref = SnapshotLine.parse(d.referenceLine());
            if (lines.remove(ref)) {
                lines.add(SnapshotLine.parse(d.engineLine()));
            }
        }
        return new Snapshot(lines);
    }
}
