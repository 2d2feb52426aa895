package org.apimmigrate.check;

import java.util.List;

/**
 * Every check of a migrated pair of databases, what the schema comparison deliberately left out, and the data of
 * each database phase by phase (its fingerprints, where {@code migrate} recorded them).
 */
public record VerificationResult(List<CheckResult> checks, List<Exclusion> notCompared, List<DatabaseData> data) {

    public VerificationResult {
        checks = List.copyOf(checks);
        notCompared = List.copyOf(notCompared);
        data = List.copyOf(data);
    }

    public VerificationResult(List<CheckResult> checks, List<Exclusion> notCompared) {
        this(checks, notCompared, List.of());
    }

    public boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    public List<CheckResult> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
