package org.apimmigrate.schema.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.change.SchemaChange;
import org.apimmigrate.api.dialect.Capabilities;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.dialect.common.IdGeneration;
import org.apimmigrate.dialect.common.SqlResource;

/**
 * The upgrade of WSO2's real 3.2.0 schema of a vendor, planned and applied on paper: what a release engineer can
 * know without an engine. Both WSO2AM_DB phases run on a populated database (the migration client's schema effect,
 * dropping the tables it drops, in between), then the registry part of SHARED_DB; the end state is compared with
 * WSO2's 4.0.0 schema (leaving out what other tools own, as the product's own check does), and every planned change
 * is checked against the vendor's engine rules ({@code org/apimmigrate/dialect/<id>/engine-rules.txt}: what the
 * engine refuses, and how a script of statements ends them), its names against the vendor's limit, and its
 * statements against the vendor's splitter (a script of them must split back into them). A table that generates ids must
 * not get a second generator.
 *
 * <p>Where the engine makes WSO2's 3.2.0 script skip a table (the facts lack a table the canonical 3.2.0 schema
 * has), a database may have it or not (created by hand): both starts are planned.
 */
public final class PaperUpgrade {

    static final String AM_HINTS = "org/apimmigrate/steps/am-db-schema-upgrade/hints.txt";
    static final String REGISTRY_HINTS = "org/apimmigrate/steps/registry-schema-upgrade/hints.txt";

    /** A 3.2.0 WSO2AM_DB to start from. */
    public record Start(String description, SchemaModel am320) {
    }

    /** What the plan on paper gives from one start. */
    public record Result(String vendor, String start, List<String> differences, List<Finding> blockers,
                         List<String> refused, List<String> generatorsAdded, int changes) {

        public boolean clean() {
            return differences.isEmpty() && blockers.isEmpty() && refused.isEmpty() && generatorsAdded.isEmpty();
        }
    }

    private PaperUpgrade() {
    }

    public static List<Result> run(Vendor vendor) {
        return starts(vendor).stream().map(s -> run(vendor, s)).toList();
    }

    /** WSO2's 3.2.0 as the facts have it, and, per table the engine skipped there, with that table made by hand. */
    public static List<Start> starts(Vendor vendor) {
        SchemaModel facts = KnownSchema.AM_320.model(vendor);
        List<Start> out = new ArrayList<>(List.of(new Start("WSO2's 3.2.0 schema", facts)));
        SchemaModel canonical320 = SchemaModel.of(KnownSchema.AM_320.canonical());
        SchemaModel v400 = KnownSchema.AM_400.model(vendor);
        for (Table t : canonical320.tables()) {
            if (facts.findTable(t.name()).isEmpty() && v400.findTable(t.name()).isPresent()) {
                Snapshot withTable = new Snapshot(Stream.concat(facts.toSnapshot().lines().stream(),
                        v400.toSnapshot().lines().stream().filter(l -> t.name().equals(l.table()))).toList());
                out.add(new Start("WSO2's 3.2.0 schema with " + t.name() + " made by hand (the script skips it)",
                        SchemaModel.of(withTable)));
            }
        }
        return out;
    }

    public static Result run(Vendor vendor, Start start) {
        return run(vendor, start, KnownSchema.AM_400.model(vendor));
    }

    /** The same towards another WSO2AM_DB target (e.g. WSO2's 4.0.0 script as written, to see what it would ask). */
    public static Result run(Vendor vendor, Start start, SchemaModel target) {
        PlanHints amHints = PlanHints.fromResource(AM_HINTS);
        Capabilities capabilities = vendor.capabilities();
        SchemaModel source = KnownSchema.AM_320.model(vendor);
        SchemaPlanner pre = new SchemaPlanner(source, target, amHints, Set.of(), capabilities);
        SchemaPlanner post = new SchemaPlanner(source, target, amHints.withoutDeferred(), Set.of(), capabilities);
        DataProbe probe = DataProbe.populated();
        Checks checks = new Checks(vendor);

        SchemaModel state = start.am320();
        SchemaPlan prePlan = pre.plan(state, probe);
        state = checks.apply(state, prePlan.changes());
        // WSO2's migration client drops the tables the plan keeps for it
        state = SchemaModel.of(state.toSnapshot().filter(l -> l.table() == null || !amHints.isKept(l.table())));
        SchemaPlan postPlan = post.plan(state, probe);
        state = checks.apply(state, postPlan.changes());
        checks.differences(ComparableApimDb.of(state.toSnapshot(), vendor),
                ComparableApimDb.of(target.toSnapshot(), vendor), "WSO2AM_DB");
        checks.converged(post.plan(state, probe), "WSO2AM_DB");

        PlanHints registryHints = PlanHints.fromResource(REGISTRY_HINTS).withoutDeferred();
        SchemaModel registrySource = registry(KnownSchema.SHARED_320.model(vendor));
        SchemaModel registryTarget = registry(KnownSchema.SHARED_400.model(vendor));
        SchemaPlanner registry = new SchemaPlanner(registrySource, registryTarget, registryHints, Set.of(),
                capabilities);
        SchemaPlan registryPlan = registry.plan(registrySource, probe);
        SchemaModel registryState = checks.apply(registrySource, registryPlan.changes());
        checks.differences(registryState.toSnapshot(), registryTarget.toSnapshot(), "SHARED_DB registry");
        checks.converged(registry.plan(registryState, probe), "SHARED_DB registry");

        checks.splitsBackWhole();
        List<Finding> blockers = new ArrayList<>();
        Stream.of(prePlan, postPlan, registryPlan).forEach(p -> blockers.addAll(p.blockers()));
        return new Result(vendor.id(), start.description(), List.copyOf(checks.differences),
                List.copyOf(blockers), List.copyOf(checks.refused), List.copyOf(checks.generatorsAdded),
                checks.statements.size());
    }

    private static SchemaModel registry(SchemaModel shared) {
        return shared.only(n -> n.toUpperCase(Locale.ROOT).startsWith("REG_"));
    }

    /** Applies changes one by one, checking each against the state it meets. */
    private static final class Checks {
        private final Vendor vendor;
        private final Map<String, String> refusals;
        private final String scriptEnd;
        private final List<String> differences = new ArrayList<>();
        private final List<String> refused = new ArrayList<>();
        private final List<String> generatorsAdded = new ArrayList<>();
        private final List<String> statements = new ArrayList<>();

        Checks(Vendor vendor) {
            this.vendor = vendor;
            this.refusals = engineRules(vendor, "REFUSES");
            this.scriptEnd = engineRules(vendor, "SCRIPT").getOrDefault("END", ";");
        }

        SchemaModel apply(SchemaModel start, List<SchemaChange> changes) {
            SchemaModel state = start;
            for (SchemaChange change : changes) {
                check(state, change);
                statements.addAll(vendor.ddl().render(change));
                state = ModelApplier.apply(state, List.of(change));
            }
            return state;
        }

        void differences(Snapshot actual, Snapshot expected, String database) {
            String text = actual.diff(expected).describe();
            text.lines().filter(l -> !l.isBlank()).forEach(l -> differences.add(database + ": " + l));
        }

        void converged(SchemaPlan again, String database) {
            again.changes().forEach(c -> differences.add(database + ": a second run still plans " + c.describe()));
        }

        void splitsBackWhole() {
            String end = scriptEnd;
            StringBuilder script = new StringBuilder();
            statements.forEach(s -> script.append(s).append('\n').append(end).append('\n'));
            List<String> back = vendor.splitter().split(script.toString());
            List<String> missing = new ArrayList<>(statements);
            back.forEach(missing::remove);
            missing.forEach(s -> refused.add("the vendor's splitter does not give this statement back whole: " + s));
        }

        private void check(SchemaModel state, SchemaChange change) {
            int limit = vendor.capabilities().maxIdentifierLength();
            names(change).filter(n -> n.length() > limit).forEach(n -> refused.add(change.describe() + ": name "
                    + n + " is longer than " + limit));
            if (change instanceof SchemaChange.CreateIndex c) {
                Table t = state.table(c.index().table());
                boolean indexed = t.indexes().stream().anyMatch(i -> i.columns().equals(c.index().columns()))
                        || t.constraints().stream().anyMatch(k -> k.kind() != Constraint.Kind.FK
                        && k.kind() != Constraint.Kind.CHECK && k.columns().equals(c.index().columns()));
                refuse(change, "INDEX_ON_INDEXED_COLUMNS", indexed);
            } else if (change instanceof SchemaChange.AddConstraint a
                    && a.constraint().kind() != Constraint.Kind.FK && a.constraint().kind() != Constraint.Kind.CHECK) {
                Table t = state.table(a.constraint().table());
                boolean nullable = a.constraint().columns().stream()
                        .anyMatch(c -> t.column(c).map(Column::nullable).orElse(false));
                refuse(change, "KEY_OVER_NULLABLE", nullable);
                refuse(change, "PRIMARY_KEY_OVER_NULLABLE", nullable && a.constraint().kind() == Constraint.Kind.PK);
            }
            generatorAdded(state, change).ifPresent(generatorsAdded::add);
        }

        private void refuse(SchemaChange change, String rule, boolean applies) {
            if (applies && refusals.containsKey(rule)) {
                refused.add(change.describe() + ": " + refusals.get(rule));
            }
        }

        /** A second id generator for a table that has one: a trigger, an identity, or a sequence for it. */
        private Optional<String> generatorAdded(SchemaModel state, SchemaChange change) {
            if (change instanceof SchemaChange.CreateTrigger c && IdGeneration.isIdTrigger(c.on(), c.trigger())) {
                return state.findTable(c.on().name()).filter(IdGeneration::hasGenerator)
                        .map(t -> t.name() + ": " + change.describe());
            }
            if (change instanceof SchemaChange.AlterColumn a && IdGeneration.generatesItself(a.to())
                    && !IdGeneration.generatesItself(a.from())) {
                return state.findTable(a.to().table()).filter(IdGeneration::hasGenerator)
                        .map(t -> t.name() + ": " + change.describe());
            }
            return Optional.empty();
        }

        private static Stream<String> names(SchemaChange change) {
            if (change instanceof SchemaChange.CreateTable c) {
                return Stream.concat(Stream.of(c.definition().name()),
                        c.definition().columns().stream().map(Column::name));
            } else if (change instanceof SchemaChange.AddColumn a) {
                return Stream.of(a.column().name());
            } else if (change instanceof SchemaChange.AddConstraint a) {
                return Stream.of(a.constraint().name());
            } else if (change instanceof SchemaChange.CreateIndex c) {
                return Stream.of(c.index().name());
            } else if (change instanceof SchemaChange.CreateTrigger c) {
                return Stream.of(c.trigger().name());
            } else if (change instanceof SchemaChange.CreateSequence c) {
                return Stream.of(c.name());
            }
            return Stream.empty();
        }

        /** {@code KIND|KEY|text} lines of the vendor's engine rules. */
        private static Map<String, String> engineRules(Vendor vendor, String kind) {
            Map<String, String> out = new TreeMap<>();
            SqlResource.find("org/apimmigrate/dialect/" + vendor.id() + "/engine-rules.txt").orElse("").lines()
                    .map(String::strip).filter(l -> l.startsWith(kind + "|"))
                    .map(l -> l.split("\\|", 3)).forEach(f -> out.put(f[1], f[2]));
            return out;
        }
    }

    /** The result's numbers in one line, for reports. */
    public static String summary(Result r) {
        return "differences " + r.differences().size() + ", blockers " + r.blockers().size() + ", refused statements "
                + r.refused().size() + ", generators added " + r.generatorsAdded().size();
    }
}
