package org.apimmigrate.schema.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.Index;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.Trigger;
import org.apimmigrate.api.schema.change.SchemaChange;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.dialect.VendorScripts;
import org.apimmigrate.dialect.VendorScripts.Unparseable;
import org.apimmigrate.dialect.common.GeneratedNames;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema steps on the vendors with no engine here (SQL Server, Oracle, DB2), checked without one. The live
 * schema is the vendor's 3.2.0 model, which is what its catalog reader reads back from a real 3.2.0 database
 * (engine-made constraint names as {@code SYS_GENERATED}). The planned changes must reach fresh 4.0.0 on paper, and
 * every statement the vendor renders for them must come back whole from the vendor's splitter and parse with
 * JSqlParser, except statements of the kinds listed here, each with the reason JSqlParser cannot read it; where a
 * kind names a reduction (the look-up query of a block, a register spelled the standard way), what it leaves must
 * parse. Every section of the change templates must be used by some rendered statement.
 */
class VendorUpgradePlanTest {

    private static final PlanHints AM_HINTS =
            PlanHints.fromResource("org/apimmigrate/steps/am-db-schema-upgrade/hints.txt");
    private static final PlanHints REGISTRY_HINTS =
            PlanHints.fromResource("org/apimmigrate/steps/registry-schema-upgrade/hints.txt");
    private static final String DROP_OPTION = "drop-subscription-key-mapping";

    private static final Unparseable DROP_TRIGGER = Unparseable.of("DROP TRIGGER: JSqlParser has no triggers",
            "DROP TRIGGER \\S+");

    private static final Map<String, List<Unparseable>> UNPARSEABLE = Map.of(
            "mssql", List.of(
                    Unparseable.of("T-SQL batch that looks a name SQL Server made up (key or default) up in sys.*"
                            + " and runs DDL with it: JSqlParser cannot read dynamic SQL, EXEC (...)",
                            "DECLARE @\\w+ .*", sql -> sql.replace("EXEC (", "SELECT (")),
                    Unparseable.of("ADD ... DEFAULT ... WITH VALUES (existing rows take the default)",
                            "ALTER TABLE \\S+ ADD .* DEFAULT .* WITH VALUES"),
                    Unparseable.of("ADD DEFAULT ... FOR column: a default is a constraint of its own",
                            "ALTER TABLE \\S+ ADD DEFAULT .* FOR \\S+"),
                    DROP_TRIGGER,
                    VendorScripts.MSSQL_TIMESTAMP_COLUMN),
            "oracle", List.of(
                    Unparseable.of("anonymous PL/SQL block that looks a name Oracle made up (SYS_C...) up in"
                            + " USER_CONSTRAINTS", "DECLARE\\s.*\\sEND;", VendorUpgradePlanTest::lookUpQuery),
                    Unparseable.of("PL/SQL id trigger (:NEW)", "CREATE OR REPLACE TRIGGER \\w+_TRIGGER\\s.*END;"),
                    DROP_TRIGGER),
            "db2", List.of(
                    Unparseable.of("DB2 compound statement that looks a name DB2 made up (SQL...) up in SYSCAT",
                            "BEGIN\\s.*\\sEND",
                            sql -> VendorScripts.DB2_CURRENT_SCHEMA.apply(lookUpQuery(sql))),
                    Unparseable.of("DB2SQL id trigger (BEGIN ATOMIC)", "CREATE TRIGGER \\w+_TRIGGER NO CASCADE .*END"),
                    Unparseable.of("REORG through SYSPROC.ADMIN_CMD, the schema from DB2's CURRENT SCHEMA register",
                            "CALL SYSPROC\\.ADMIN_CMD\\('REORG TABLE .*'\\)", VendorScripts.DB2_CURRENT_SCHEMA),
                    Unparseable.of("ALTER COLUMN ... SET DATA TYPE, DB2's (and the standard's) way to retype a column",
                            "ALTER TABLE \\S+ ALTER COLUMN \\S+ SET DATA TYPE .*"),
                    DROP_TRIGGER));

    private static final Pattern LOOK_UP = Pattern.compile("(?s).*?(SELECT .*?) INTO \\w+(.*?);.*");

    /** The query a block runs to look a name up, without its INTO: what must parse of the block. */
    private static String lookUpQuery(String block) {
        Matcher m = LOOK_UP.matcher(block);
        return m.matches() ? m.group(1) + m.group(2) : block;
    }

    private static Vendor vendor(String id) {
        return Vendors.require(id);
    }

    private static SchemaPlanner amPlanner(Vendor v, PlanHints hints, Set<String> options) {
        return new SchemaPlanner(KnownSchema.AM_320.model(v), KnownSchema.AM_400.model(v), hints, options,
                v.capabilities());
    }

    private static SchemaPlanner registryPlanner(Vendor v) {
        return new SchemaPlanner(registry(KnownSchema.SHARED_320, v), registry(KnownSchema.SHARED_400, v),
                REGISTRY_HINTS.withoutDeferred(), Set.of(), v.capabilities());
    }

    private static SchemaModel registry(KnownSchema schema, Vendor v) {
        return schema.model(v).only(n -> n.startsWith("REG_"));
    }

    /** The pre-client plan on a 3.2.0 database, and the post-client plan on what it leaves. */
    private static List<SchemaPlan> phases(Vendor v, DataProbe probe, Set<String> options) {
        SchemaModel v320 = KnownSchema.AM_320.model(v);
        SchemaPlan pre = amPlanner(v, AM_HINTS, options).plan(v320, probe);
        SchemaPlan post = amPlanner(v, AM_HINTS.withoutDeferred(), options)
                .plan(ModelApplier.apply(v320, pre.changes()), probe);
        return List.of(pre, post);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void bothPhasesReachFresh400ExceptWhatOtherToolsOwn(String vendorId) {
        Vendor v = vendor(vendorId);
        List<SchemaPlan> phases = phases(v, DataProbe.empty(), Set.of());
        phases.forEach(p -> assertThat(p.blockers()).isEmpty());
        SchemaModel after = KnownSchema.AM_320.model(v);
        for (SchemaPlan p : phases) {
            after = ModelApplier.apply(after, p.changes());
        }

        SchemaPlanner planner = amPlanner(v, AM_HINTS.withoutDeferred(), Set.of());
        Snapshot expected = KnownSchema.AM_400.model(v).toSnapshot().filter(l -> !ownedElsewhere(planner, l));
        Snapshot actual = after.toSnapshot().filter(l -> !keptForOthers(l));
        assertThat(actual.diff(expected).describe()).isEmpty();
        assertThat(planner.plan(after, DataProbe.empty()).changes()).as("a second run plans nothing").isEmpty();
        assertThat(amPlanner(v, AM_HINTS, Set.of()).plan(after, DataProbe.empty()).changes())
                .as("nor does the pre-client step run again").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void theIdGeneratorsOfTablesOtherToolsCreateAreLeftToThem(String vendorId) {
        Vendor v = vendor(vendorId);
        List<SchemaChange> changes = phases(v, DataProbe.empty(), Set.of()).stream()
                .flatMap(p -> p.changes().stream()).toList();
        assertThat(changes).noneMatch(c -> c.describe().contains("IDN_CORS_ORIGIN"));
        if (KnownSchema.AM_400.model(v).sequences().contains("AM_GATEWAY_ENVIRONMENT_SEQUENCE")) {
            assertThat(amPlanner(v, AM_HINTS, Set.of()).ownedElsewhere("IDN_CORS_ORIGIN_SEQUENCE")).isTrue();
            assertThat(changes).anyMatch(c -> c instanceof SchemaChange.CreateSequence s
                    && s.name().equals("AM_GATEWAY_ENVIRONMENT_SEQUENCE"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void registryTablesReachKernel462(String vendorId) {
        Vendor v = vendor(vendorId);
        SchemaModel live = registry(KnownSchema.SHARED_320, v);
        SchemaPlan plan = registryPlanner(v).plan(live, DataProbe.empty());
        assertThat(plan.blockers()).isEmpty();
        SchemaModel after = ModelApplier.apply(live, plan.changes());
        assertThat(after.toSnapshot().diff(registry(KnownSchema.SHARED_400, v).toSnapshot()).describe()).isEmpty();
    }

    /**
     * The API_UUID key of the post-client step: DB2 takes a unique key only over NOT NULL columns, so its API_UUID
     * is added nullable before WSO2's migration client fills it and made NOT NULL (then reorganized) right before
     * the key; elsewhere the key alone is added (SQL Server would take one NULL: the step refuses NULLs first).
     */
    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void apiUuidIsAddedNullableAndGetsItsKeyAfterTheClient(String vendorId) {
        Vendor v = vendor(vendorId);
        List<SchemaPlan> phases = phases(v, DataProbe.empty(), Set.of());
        assertThat(phases.get(0).changes()).filteredOn(SchemaChange.AddColumn.class::isInstance)
                .map(c -> ((SchemaChange.AddColumn) c).column())
                .filteredOn(c -> c.name().equals("API_UUID")).singleElement()
                .satisfies(c -> assertThat(c.nullable()).isTrue());

        List<String> post = phases.get(1).changes().stream().flatMap(c -> v.ddl().render(c).stream()).toList();
        String key = "ALTER TABLE AM_API ADD UNIQUE (API_UUID)";
        if (vendorId.equals("db2")) {
            assertThat(post).containsExactly("ALTER TABLE AM_API ALTER COLUMN API_UUID SET NOT NULL",
                    "CALL SYSPROC.ADMIN_CMD('REORG TABLE \"' || CURRENT SCHEMA || '\".AM_API')", key);
        } else {
            assertThat(post).containsExactly(key);
        }
        assertThat(phases.get(1).blockers()).isEmpty();
        SchemaPlan withNulls = amPlanner(v, AM_HINTS.withoutDeferred(), Set.of()).plan(
                ModelApplier.apply(KnownSchema.AM_320.model(v), phases.get(0).changes()), new NullApiUuids());
        if (vendorId.equals("db2")) {
            assertThat(withNulls.blockers()).extracting(f -> f.code()).containsExactly(FindingCode.NULLS_IN_NOT_NULL_COLUMN);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void everyNameFitsTheVendorsLimit(String vendorId) {
        Vendor v = vendor(vendorId);
        int limit = v.capabilities().maxIdentifierLength();
        Set<String> names = new LinkedHashSet<>();
        for (KnownSchema schema : KnownSchema.values()) {
            SchemaModel m = schema.model(v);
            names.addAll(m.sequences());
            for (Table t : m.tables()) {
                names.add(t.name());
                t.columns().forEach(c -> names.add(c.name()));
                t.constraints().forEach(c -> names.add(c.name()));
                t.indexes().forEach(i -> names.add(i.name()));
                t.triggers().forEach(tr -> names.add(tr.name()));
            }
        }
        assertThat(names).allSatisfy(n -> assertThat(n.length()).as(n).isLessThanOrEqualTo(limit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void everyStatementSplitsBackWholeAndParsesOrIsOfAListedKind(String vendorId) {
        Vendor v = vendor(vendorId);
        List<String> statements = rendered(v);
        assertThat(statements).as("engine-made names are looked up, never assumed")
                .noneMatch(s -> s.contains(GeneratedNames.SYS_GENERATED));
        assertThat(v.splitter().split(VendorScripts.script(vendorId, statements)))
                .as("the vendor's splitter gives back the statements of a script of them")
                .containsExactlyElementsOf(statements);

        Set<String> kindsSeen = new LinkedHashSet<>();
        List<String> unlisted = new ArrayList<>();
        List<String> unreduced = new ArrayList<>();
        for (String sql : statements) {
            if (!VendorScripts.parses(sql)) {
                VendorScripts.kindOf(sql, UNPARSEABLE.get(vendorId)).ifPresentOrElse(k -> {
                    kindsSeen.add(k.kind());
                    if (k.reduction() != null && !VendorScripts.parses(k.reduction().apply(sql))) {
                        unreduced.add(sql);
                    }
                }, () -> unlisted.add(sql));
            }
        }
        assertThat(unlisted).as("statements JSqlParser cannot read, of no listed kind").isEmpty();
        assertThat(unreduced).as("statements that do not parse even without their listed part").isEmpty();
        assertThat(kindsSeen).as("every listed kind still occurs (else it leaves the list)")
                .containsExactlyInAnyOrderElementsOf(UNPARSEABLE.get(vendorId).stream().map(Unparseable::kind).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void everySectionOfTheChangeTemplatesIsExercised(String vendorId) {
        Vendor v = vendor(vendorId);
        String text = SqlResource.read("org/apimmigrate/dialect/" + vendorId + "/ddl/changes.sql");
        SqlSections sections = SqlSections.parse(text);
        List<String> statements = rendered(v);
        Matcher keys = Pattern.compile("(?m)^-- \\[(.+)]$").matcher(text);
        List<String> unused = new ArrayList<>();
        while (keys.find()) {
            boolean used = sections.require(keys.group(1)).stream().map(VendorUpgradePlanTest::shapeOf)
                    .allMatch(shape -> statements.stream().anyMatch(s -> shape.matcher(s).matches()));
            if (!used) {
                unused.add(keys.group(1));
            }
        }
        assertThat(unused).as("sections no rendered statement comes from").isEmpty();
    }

    /** A template as a pattern: its text, every slot any text. */
    private static Pattern shapeOf(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("\\$\\{\\w+}", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*?");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /**
     * Everything the schema steps render on the vendor: both phases on a 3.2.0 database with rows (gateway tables
     * emptied) and with the optional drop, the registry upgrade, and the alterations a partly upgraded database
     * (the guide's scripts run by hand) calls for.
     */
    private static List<String> rendered(Vendor v) {
        List<SchemaChange> changes = new ArrayList<>();
        phases(v, new SchemaPlannerTest.RowsEverywhere(), Set.of(DROP_OPTION)).forEach(p -> changes.addAll(p.changes()));
        changes.addAll(registryPlanner(v).plan(registry(KnownSchema.SHARED_320, v), DataProbe.empty()).changes());
        changes.addAll(partlyUpgradedChanges(v));
        return changes.stream().flatMap(c -> v.ddl().render(c).stream()).distinct().toList();
    }

    /**
     * Changes no clean 3.2.0 database needs but a partly upgraded one does (what the guide's scripts leave, FACTS
     * §6.1): nullability (both ways), defaults and widths to align, a hand-named key, a generated foreign key, an
     * index, a trigger and a sequence to go.
     */
    private static List<SchemaChange> partlyUpgradedChanges(Vendor v) {
        SchemaModel fresh = KnownSchema.AM_400.model(v);
        Column tenantDomain = fresh.table("AM_GATEWAY_ENVIRONMENT").column("TENANT_DOMAIN").orElseThrow();
        Column deliveryState = fresh.table("AM_WEBHOOKS_SUBSCRIPTION").column("DELIVERY_STATE").orElseThrow()
                .withNullable(false).withDefault("0");
        Column entryPoint = fresh.table("AM_API_COMMENTS").column("ENTRY_POINT").orElseThrow();
        Column guideEntryPoint = entryPoint.withDefault("'DEVPORTAL'");
        Column apiUuid = fresh.table("AM_API").column("API_UUID").orElseThrow();
        Constraint generatedForeignKey = fresh.table("AM_API_COMMENTS").constraints(Constraint.Kind.FK).stream()
                .filter(k -> GeneratedNames.isSysGenerated(k.name())).findFirst().orElseThrow();
        Index index = fresh.tables().stream().flatMap(t -> t.indexes().stream()).findFirst().orElseThrow();
        return List.of(
                new SchemaChange.AlterColumn(tenantDomain.withNullable(true), tenantDomain.withNullable(false)),
                new SchemaChange.AlterColumn(deliveryState.withNullable(true).withDefault(""), deliveryState),
                new SchemaChange.AlterColumn(deliveryState.withNullable(true), deliveryState),
                new SchemaChange.AlterColumn(guideEntryPoint, entryPoint),
                new SchemaChange.AlterColumn(entryPoint.withNullable(false), entryPoint),
                new SchemaChange.AlterColumn(guideEntryPoint, entryPoint.withDefault("'PUBLISHER'")),
                new SchemaChange.AlterColumn(apiUuid.withType(apiUuid.type().replace("256", "255")), apiUuid),
                new SchemaChange.AlterColumn(apiUuid, apiUuid.withType(apiUuid.type().replace("256", "64"))),
                new SchemaChange.DropColumn(guideEntryPoint, "the column holds no data"),
                new SchemaChange.DropConstraint(Constraint.unique("AM_API", "API_UUID_CONSTRAINT",
                        List.of("API_UUID"))),
                new SchemaChange.DropConstraint(generatedForeignKey),
                new SchemaChange.DropIndex(index),
                new SchemaChange.DropTrigger(new Trigger("AM_GATEWAY_ENVIRONMENT", "AM_GATEWAY_ENVIRONMENT_TRIGGER",
                        "BEFORE INSERT")),
                new SchemaChange.DropSequence("AM_GATEWAY_ENV_SEQ"));
    }

    private static boolean ownedElsewhere(SchemaPlanner planner, SnapshotLine line) {
        return line.table() != null ? AM_HINTS.isOwnedTable(line.table())
                : line.kind() == SnapshotLine.Kind.SEQ && planner.ownedElsewhere(line.fields().get(0));
    }

    private static boolean keptForOthers(SnapshotLine line) {
        return line.table() != null && (AM_HINTS.isKept(line.table())
                || AM_HINTS.optionalDrop(line.table()).isPresent());
    }

    /** No data but APIs without an API_UUID. */
    static class NullApiUuids extends SchemaPlannerTest.RowsEverywhere {
        @Override
        public long nullCount(String table, String column) {
            return table.equals("AM_API") && column.equals("API_UUID") ? 2 : 0;
        }
    }
}
