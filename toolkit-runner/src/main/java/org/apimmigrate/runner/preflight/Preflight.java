package org.apimmigrate.runner.preflight;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.check.ApiUuidChecks;
import org.apimmigrate.check.CheckResult;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.run.Migrator;
import org.apimmigrate.run.RunListener;
import org.apimmigrate.run.RunReport;
import org.apimmigrate.run.StatementInterceptor;
import org.apimmigrate.run.StepReport;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.steps.Steps;
import org.jdbi.v3.core.Handle;

/**
 * Looks at the databases before a phase runs and changes nothing: engines, versions, privileges, registry
 * versioning, row counts with a time estimate per step, the steps' own checks and, after the pre-client phase,
 * API_UUID readiness.
 */
public final class Preflight {

    private final Targets targets;
    private final StepContext.MigrationOptions options;
    private final String registryVersioning;

    /** @param registryVersioning what registry.xml says, or that it was not given, in words */
    public Preflight(Targets targets, StepContext.MigrationOptions options, String registryVersioning) {
        this.targets = targets;
        this.options = options;
        this.registryVersioning = registryVersioning;
    }

    public PreflightResult run(Phase phase) {
        List<DatabaseFacts> facts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<String, Long> allRows = new LinkedHashMap<>();
        for (DatabaseRole role : DatabaseRole.values()) {
            ConnectedDatabase db = targets.get(role);
            Privileges privileges = Privileges.of(db);
            Map<String, Long> rows = readable(() -> {
                try (Handle h = db.jdbi().open()) {
                    return RowCounts.of(h, Estimates.tables());
                }
            }, e -> Map.of());
            rows.forEach(allRows::putIfAbsent);
            String state = readable(() -> SchemaStates.describe(role, db, options, targets.catalog()), e -> "unknown: cannot read it ("
                    + e + ")");
            facts.add(new DatabaseFacts(role.tomlName(), db.datasource().safeUrl(), db.user(),
                    db.vendor().displayName(), db.engine(), db.driver(), state, privileges.missing(),
                    privileges.note(), rows));
        }
        Migrator migrator = targets.migrator(options, RunListener.NONE, StatementInterceptor.NONE);
        RunReport run = readable(() -> migrator.preflight(phase), e -> new RunReport(phase, RunReport.Mode.PREFLIGHT,
                List.of(), List.of(Finding.blocker(FindingCode.CANNOT_READ, "The steps' checks cannot read the databases: " + e,
                        "Run as the user the upgrade guide asks for: one that owns the schema or may change it."))));
        Map<String, Duration> estimates = new LinkedHashMap<>();
        for (StepReport step : run.steps()) {
            if (step.state() == StepReport.State.PENDING) {
                estimates.put(step.stepId(), Estimates.of(step, allRows));
            }
        }
        Map<String, String> others = new LinkedHashMap<>();
        targets.others().forEach((name, db) -> others.put(name, "reachable: " + db.engine() + " at "
                + db.datasource().safeUrl() + " (not changed by this toolkit)"));
        targets.unreachable().forEach((name, why) -> others.put(name, why.startsWith("not checked: ") ? why
                : "not reachable: " + why));
        return new PreflightResult(phase, facts, others, registryVersioning, run, estimates, apiUuid(phase), findings);
    }

    /** What a read gives, or what to show instead where the database refuses it (e.g. missing privileges). */
    private static <T> T readable(java.util.function.Supplier<T> read, java.util.function.Function<String, T> instead) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            return instead.apply(RootCause.message(e));
        }
    }

    /** After the pre-client phase: would the API_UUID key go on now? */
    private List<CheckResult> apiUuid(Phase phase) {
        ConnectedDatabase am = targets.get(DatabaseRole.APIM_DB);
        return readable(() -> apiUuid(phase, am), e -> List.of());
    }

    private static List<CheckResult> apiUuid(Phase phase, ConnectedDatabase am) {
        try (Handle h = am.jdbi().open()) {
            boolean preClientDone = new Journal(h, am.vendor()).find(Steps.AM_DB_SCHEMA_UPGRADE)
                    .filter(e -> e.finished()).isPresent();
            return phase == Phase.POST_CLIENT && preClientDone ? ApiUuidChecks.run(h) : List.of();
        }
    }
}
