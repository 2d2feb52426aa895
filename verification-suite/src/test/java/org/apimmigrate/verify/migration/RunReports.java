package org.apimmigrate.verify.migration;

import org.apimmigrate.run.RunReport;

/** A run report as text for assertion messages: findings, then each step with its state and findings. */
public final class RunReports {

    private RunReports() {
    }

    public static String describe(RunReport r) {
        StringBuilder s = new StringBuilder(r.phase() + " " + r.mode() + "\n");
        r.findings().forEach(x -> s.append("  ").append(x).append('\n'));
        r.steps().forEach(st -> {
            s.append(st.stepId()).append(": ").append(st.state()).append(" ").append(st.detail()).append('\n');
            st.findings().forEach(x -> s.append("  ").append(x.message()).append('\n'));
        });
        return s.toString();
    }
}
