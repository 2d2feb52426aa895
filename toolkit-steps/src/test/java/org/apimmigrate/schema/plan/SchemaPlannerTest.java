package org.apimmigrate.schema.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.schema.change.SchemaChange;
import org.apimmigrate.api.dialect.Capabilities;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The planner on the real PostgreSQL and MySQL 3.2.0/4.0.0 models, applied on paper. */
class SchemaPlannerTest {

    private static final PlanHints HINTS =
            PlanHints.fromResource("org/apimmigrate/steps/am-db-schema-upgrade/hints.txt");

    private static Capabilities capabilities(String vendor) {
        return Vendors.require(vendor).capabilities();
    }

    /** The 3.2.0 to 4.0.0 planner with the vendor's own capabilities. */
    private static SchemaPlanner planner(String vendor, PlanHints hints) {
        return new SchemaPlanner(model(vendor, "am320"), model(vendor, "am400"), hints, Set.of(), capabilities(vendor));
    }

    private static SchemaModel model(String vendor, String name) {
        return SchemaModel.of(Snapshot.fromResource("org/apimmigrate/schema/" + vendor + "/" + name + ".txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void fullUpgradeReachesFresh400ExceptWhatOthersOwn(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaModel v400 = model(vendor, "am400");
        SchemaPlanner planner = new SchemaPlanner(v320, v400, HINTS.withoutDeferred(), Set.of(),
                capabilities(vendor));

        SchemaPlan plan = planner.plan(v320, DataProbe.empty());
        assertThat(plan.blockers()).isEmpty();
        SchemaModel after = ModelApplier.apply(v320, plan.changes());

        Snapshot expected = v400.toSnapshot().filter(l -> !ownedElsewhere(planner, l));
        Snapshot actual = after.toSnapshot().filter(l -> !kept(l));
        assertThat(actual.diff(expected).describe()).isEmpty();
        assertThat(plan.leftAlone()).anyMatch(s -> s.startsWith("AM_LABELS:"))
                .anyMatch(s -> s.startsWith("AM_SUBSCRIPTION_KEY_MAPPING:"))
                .anyMatch(s -> s.startsWith("IDN_CONFIG_TYPE:"));

        assertThat(planner.plan(after, DataProbe.empty()).changes()).as("a second run plans nothing").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void preClientPlanKeepsTheApiUuidKeyForLater(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaModel v400 = model(vendor, "am400");
        SchemaPlan pre = planner(vendor, HINTS).plan(v320, DataProbe.empty());
        SchemaModel afterPre = ModelApplier.apply(v320, pre.changes());

        assertThat(afterPre.table("AM_API").constraints()).noneMatch(c -> c.columns().equals(List.of("API_UUID")));
        SchemaPlan post = planner(vendor, HINTS.withoutDeferred()).plan(afterPre, DataProbe.empty());
        assertThat(post.changes()).singleElement().isInstanceOfSatisfying(SchemaChange.AddConstraint.class,
                a -> assertThat(a.constraint().columns()).containsExactly("API_UUID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void renamesKeepDataAndGatewayTablesAreEmptiedNotDropped(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaPlan plan = planner(vendor, HINTS).plan(v320,
                new RowsEverywhere());
        assertThat(plan.changes()).filteredOn(SchemaChange.RenameColumn.class::isInstance).extracting(
                SchemaChange::describe).containsExactlyInAnyOrder(
                "rename column AM_API_COMMENTS.COMMENTED_USER to CREATED_BY",
                "rename column AM_API_COMMENTS.DATE_COMMENTED to CREATED_TIME");
        assertThat(plan.changes()).filteredOn(SchemaChange.EmptyTable.class::isInstance).extracting(
                SchemaChange::table).containsExactlyInAnyOrder("AM_GW_API_ARTIFACTS", "AM_GW_PUBLISHED_API_DETAILS");
        assertThat(plan.changes()).noneMatch(c -> c instanceof SchemaChange.DropTable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void optionDropsTheObsoleteSubscriptionKeyMapping(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaPlan plan = new SchemaPlanner(v320, model(vendor, "am400"), HINTS,
                Set.of("drop-subscription-key-mapping"), capabilities(vendor)).plan(v320, DataProbe.empty());
        assertThat(plan.changes()).filteredOn(SchemaChange.DropTable.class::isInstance).extracting(
                SchemaChange::table).containsExactly("AM_SUBSCRIPTION_KEY_MAPPING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void refusesToShrinkColumnsBelowTheirLongestValue(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaPlan plan = planner(vendor, HINTS).plan(v320,
                new RowsEverywhere() {
                    @Override
                    public long maxLength(String table, String column) {
                        return 200;
                    }
                });
        assertThat(plan.blockers()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.VALUES_TOO_LONG);
            assertThat(f.message()).contains("AM_API_COMMENTS.COMMENT_ID");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void refusesUniqueKeysOverDuplicates(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaPlan plan = planner(vendor, HINTS).plan(v320,
                new RowsEverywhere() {
                    @Override
                    public long duplicateGroups(String table, List<String> columns) {
                        return table.equals("IDN_OAUTH2_SCOPE") ? 3 : 0;
                    }
                });
        assertThat(plan.blockers()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DUPLICATES_BLOCK_KEY);
            assertThat(f.message()).contains("IDN_OAUTH2_SCOPE").contains("3 duplicated");
        });
    }

    private static boolean ownedElsewhere(SchemaPlanner planner, SnapshotLine line) {
        return line.table() != null ? HINTS.isOwnedTable(line.table())
                : line.kind() == SnapshotLine.Kind.SEQ && planner.ownedElsewhere(line.fields().get(0));
    }

    private static boolean kept(SnapshotLine line) {
        return line.table() != null && (HINTS.isKept(line.table())
                || HINTS.optionalDrop(line.table()).isPresent());
    }

    /** Every table has rows; columns are short and unique; no NULLs. */
    static class RowsEverywhere extends DataProbe.Uniform {
        RowsEverywhere() {
            super(10, 36);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void keepsWhatACustomerAddedAndReplacesTheGuidesRenamedKey(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaModel v400 = model(vendor, "am400");
        SchemaModel live = ModelApplier.apply(v320, planner(vendor, HINTS).plan(v320,
                DataProbe.empty()).changes());
        live.table("AM_API").add(new org.apimmigrate.api.schema.Index("AM_API", "CUSTOMER_IDX", "(API_TIER)"));
        live.table("AM_API").add(new org.apimmigrate.api.schema.Column("AM_API", "CUSTOMER_NOTE", "varchar(10)",
                true, ""));
        live.table("AM_API").add(org.apimmigrate.api.schema.Constraint.unique("AM_API", "API_UUID_CONSTRAINT",
                List.of("API_UUID")));

        SchemaPlan post = planner(vendor, HINTS.withoutDeferred()).plan(live, new RowsEverywhere());
        assertThat(post.blockers()).isEmpty();
        assertThat(post.changes()).extracting(SchemaChange::describe).hasSize(2)
                .anySatisfy(d -> assertThat(d).startsWith("drop UNIQUE AM_API (API_UUID)").contains("API_UUID_CONSTRAINT"))
                .anySatisfy(d -> assertThat(d).startsWith("add UNIQUE AM_API (API_UUID)"));
        assertThat(post.leftAlone()).anySatisfy(n -> assertThat(n).contains("CUSTOMER_IDX"))
                .anySatisfy(n -> assertThat(n).contains("CUSTOMER_NOTE"));
    }

    @org.junit.jupiter.api.Test
    void whereForeignKeysNeedAnIndexTheGraphQlUniqueKeyGoesWithItsForeignKeyAside() {
        SchemaModel v320 = model("mysql", "am320");
        SchemaPlan plan = planner("mysql", HINTS).plan(v320, DataProbe.empty());
        List<String> steps = plan.changes().stream().filter(c -> "AM_GRAPHQL_COMPLEXITY".equals(c.table()))
                .map(SchemaChange::describe).toList();
        assertThat(steps).containsSubsequence(
                "drop FK AM_GRAPHQL_COMPLEXITY (API_ID) -> AM_API(API_ID) ON UPDATE CASCADE ON DELETE CASCADE"
                        + " (AM_GRAPHQL_COMPLEXITY_IBFK_1)",
                "drop UNIQUE AM_GRAPHQL_COMPLEXITY (API_ID,TYPE,FIELD) (API_ID)",
                "create index API_ID on AM_GRAPHQL_COMPLEXITY (API_ID)",
                "add FK AM_GRAPHQL_COMPLEXITY (API_ID) -> AM_API(API_ID) ON UPDATE CASCADE ON DELETE CASCADE"
                        + " as AM_GRAPHQL_COMPLEXITY_IBFK_1");
    }

    /**
     * Where DDL commits per statement, a primary key that is defined anew is doubled by a temporary unique key until
     * the new one is in place, and a plan made again from any point of the way (a stopped run) ends at the same
     * schema, the temporary key never taken for the user's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aRedefinedPrimaryKeyIsDoubledUntilTheNewOneIsInPlaceAndAnyStopResumes(String vendor) {
        SchemaModel v320 = model(vendor, "am320");
        SchemaPlanner planner = planner(vendor, HINTS.withoutDeferred());
        List<SchemaChange> changes = planner.plan(v320, DataProbe.empty()).changes();
        List<String> steps = changes.stream().filter(c -> "AM_API_CLIENT_CERTIFICATE".equals(c.table()))
                .map(SchemaChange::describe).toList();
        assertThat(steps).hasSize(5).satisfiesExactly(
                s -> assertThat(s).isEqualTo("add UNIQUE AM_API_CLIENT_CERTIFICATE (ALIAS,TENANT_ID,REMOVED) as "
                        + "APIM_MIGRATE_KEY_AM_API_CLIENT_CERTIFICATE"),
                s -> assertThat(s).startsWith("drop PK AM_API_CLIENT_CERTIFICATE (ALIAS,TENANT_ID,REMOVED)"),
                s -> assertThat(s).startsWith("add column AM_API_CLIENT_CERTIFICATE.REVISION_UUID"),
                s -> assertThat(s).startsWith(
                        "add PK AM_API_CLIENT_CERTIFICATE (ALIAS,TENANT_ID,REMOVED,REVISION_UUID)"),
                s -> assertThat(s).isEqualTo("drop UNIQUE AM_API_CLIENT_CERTIFICATE (ALIAS,TENANT_ID,REMOVED) "
                        + "(APIM_MIGRATE_KEY_AM_API_CLIENT_CERTIFICATE)"));
        assertThat(changes).extracting(SchemaChange::describe).containsSubsequence(
                "drop UNIQUE AM_GW_API_ARTIFACTS (GATEWAY_LABEL,API_ID) (APIM_MIGRATE_KEY_AM_GW_API_ARTIFACTS)",
                "drop column AM_GW_API_ARTIFACTS.GATEWAY_LABEL (the table's rows are rebuilt)");
        SchemaModel end = ModelApplier.apply(v320, changes);
        for (int stop = 1; stop < changes.size(); stop++) {
            SchemaModel stopped = ModelApplier.apply(v320, changes.subList(0, stop));
            SchemaPlan again = planner.plan(stopped, DataProbe.empty());
            assertThat(again.leftAlone()).as("left alone after a stop at %d", stop)
                    .noneMatch(s -> s.contains(SchemaPlanner.TEMPORARY_KEY_PREFIX));
            assertThat(ModelApplier.apply(stopped, again.changes()).toSnapshot().diff(end.toSnapshot()).describe())
                    .as("resumed after a stop at %d", stop).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void whereDdlIsTransactionalNoTemporaryKeyIsPlanned() {
        SchemaModel v320 = model("postgresql", "am320");
        assertThat(planner("postgresql", HINTS).plan(v320, DataProbe.empty()).changes())
                .noneMatch(c -> c.describe().contains(SchemaPlanner.TEMPORARY_KEY_PREFIX));
    }
}
