package org.apimmigrate.run;

import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.step.Phase;

/** The result of a preflight, plan or migrate over one phase. */
public record RunReport(Phase phase, Mode mode, List<StepReport> steps, List<Finding> findings) {

    public enum Mode { PREFLIGHT, PLAN, MIGRATE }

    public RunReport {
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
    }

    public boolean blocked() {
        return findings.stream().anyMatch(Finding::blocks)
                || steps.stream().anyMatch(s -> s.state() == StepReport.State.BLOCKED);
    }

    public boolean failed() {
        return steps.stream().anyMatch(s -> s.state() == StepReport.State.FAILED);
    }

    public boolean succeeded() {
        return !blocked() && !failed();
    }
}
