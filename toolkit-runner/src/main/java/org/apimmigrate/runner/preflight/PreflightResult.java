package org.apimmigrate.runner.preflight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.run.RunReport;

/**
 * Everything preflight found, for the console and the report.
 *
 * @param otherDatasources deployment.toml's other datasources and whether they answered (the toolkit does not
 *                         change them)
 * @param registryVersioning what registry.xml says (or that it was not given) and the choice made
 * @param apiUuid          API_UUID readiness for the post-client phase; empty before the pre-client phase is done
 * @param estimates        rough time per pending step id
 * @param findings         what preflight itself found beside the steps' checks (e.g. missing privileges)
 */
public record PreflightResult(Phase phase, List<DatabaseFacts> databases, Map<String, String> otherDatasources,
                              String registryVersioning, RunReport run, Map<String, Duration> estimates,
                              List<CheckResult> apiUuid, List<Finding> findings) {

    public PreflightResult {
        databases = List.copyOf(databases);
        otherDatasources = Map.copyOf(otherDatasources);
        estimates = Map.copyOf(estimates);
        apiUuid = List.copyOf(apiUuid);
        findings = List.copyOf(findings);
    }

    /** Every blocker, from the steps' checks and from preflight's own, each once. */
    public List<Finding> blockers() {
        List<Finding> out = new ArrayList<>();
        findings.stream().filter(Finding::blocks).forEach(out::add);
        run.findings().stream().filter(Finding::blocks).forEach(out::add);
        run.steps().forEach(s -> s.findings().stream().filter(Finding::blocks).forEach(out::add));
        return out.stream().distinct().toList();
    }

    public boolean ready() {
        return blockers().isEmpty();
    }

    public Duration estimatedTotal() {
        return estimates.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
