package org.apimmigrate.check;

import java.util.List;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.fingerprint.DataComparison;

/** One database's data, phase by phase, as its fingerprints tell (empty where none was recorded). */
public record DatabaseData(DatabaseRole role, List<DataComparison> phases) {

    public DatabaseData {
        phases = List.copyOf(phases);
    }

    public boolean recorded() {
        return phases.stream().anyMatch(DataComparison::recorded);
    }
}
