package org.apimmigrate.check;

import java.util.List;

/** Every check of a migrated pair of databases, and what the schema comparison deliberately left out. */
public record VerificationResult(List<CheckResult> checks, List<Exclusion> notCompared) {

    public VerificationResult {
        checks = List.copyOf(checks);
        notCompared = List.copyOf(notCompared);
    }

    public boolean passed() {
        return checks.stream().allMatch(CheckResult::passed);
    }

    public List<CheckResult> failed() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
