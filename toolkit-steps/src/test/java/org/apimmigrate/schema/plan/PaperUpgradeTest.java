package org.apimmigrate.schema.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apimmigrate.api.schema.Index;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.schema.KnownSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WSO2's real 3.2.0 of every vendor with its own facts, planned to 4.0.0 on paper on a populated database, ends at
 * exactly WSO2's 4.0.0: no difference, no blocker, no statement the engine refuses, no second id generator.
 */
class PaperUpgradeTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "mssql", "oracle", "db2"})
    void wso2s320ReachesWso2s400OnPaper(String vendorId) {
        List<PaperUpgrade.Result> results = PaperUpgrade.run(Vendors.require(vendorId));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.changes()).as("a real plan was made").isGreaterThan(20);
            assertThat(r.differences()).as(r.start() + ": differences").isEmpty();
            assertThat(r.blockers()).as(r.start() + ": blockers").isEmpty();
            assertThat(r.refused()).as(r.start() + ": refused").isEmpty();
            assertThat(r.generatorsAdded()).as(r.start() + ": generators added").isEmpty();
        });
    }

    /**
     * The checks can fail: towards WSO2's DB2 4.0.0 script as written (unique keys over nullable columns) the plan
     * asks DB2 for what SQL0542N refuses, which is why the target amends those columns.
     */
    @Test
    void towardsWso2sDb2ScriptAsWrittenTheUniqueKeysOverNullableColumnsAreRefused() {
        var db2 = Vendors.require("db2");
        PaperUpgrade.Result r = PaperUpgrade.run(db2, PaperUpgrade.starts(db2).get(0),
                SchemaModel.of(KnownSchema.AM_400.facts(db2)));
        assertThat(r.refused()).anySatisfy(d -> assertThat(d).startsWith("add UNIQUE AM_API (API_UUID)")
                        .contains("SQL0542N"))
                .anySatisfy(d -> assertThat(d).startsWith("add UNIQUE AM_API_REVISION_METADATA (API_UUID,REVISION_UUID)")
                        .contains("SQL0542N"));
    }

    /** And a second index on columns a key already indexes is what Oracle refuses (ORA-01408). */
    @Test
    void aSecondIndexOnIndexedColumnsIsRefusedOnOracle() {
        var oracle = Vendors.require("oracle");
        SchemaModel target = KnownSchema.AM_400.model(oracle);
        target.table("AM_API").add(new Index("AM_API", "IDX_AM_API_ID", "(API_ID)"));
        PaperUpgrade.Result r = PaperUpgrade.run(oracle, PaperUpgrade.starts(oracle).get(0), target);
        assertThat(r.refused()).singleElement().satisfies(d -> assertThat(d)
                .startsWith("create index IDX_AM_API_ID on AM_API").contains("ORA-01408"));
        assertThat(PaperUpgrade.run(Vendors.require("mssql"), PaperUpgrade.starts(Vendors.require("mssql")).get(0),
                withIndex(KnownSchema.AM_400.model(Vendors.require("mssql")))).refused())
                .as("SQL Server takes it").isEmpty();
    }

    /** Oracle's 3.2.0 with and without AM_TENANT_THEMES (WSO2's script skips it; a DBA may have made it). */
    @Test
    void oracleMigratesWithAndWithoutTheTenantThemesTable() {
        var oracle = Vendors.require("oracle");
        List<PaperUpgrade.Start> starts = PaperUpgrade.starts(oracle);
        assertThat(starts).hasSize(2);
        assertThat(starts.get(0).am320().findTable("AM_TENANT_THEMES")).isEmpty();
        assertThat(starts.get(1).am320().findTable("AM_TENANT_THEMES")).isPresent();
        SchemaPlanner planner = new SchemaPlanner(KnownSchema.AM_320.model(oracle), KnownSchema.AM_400.model(oracle),
                PlanHints.fromResource(PaperUpgrade.AM_HINTS), java.util.Set.of(), oracle.capabilities());
        assertThat(planner.plan(starts.get(0).am320(), DataProbe.populated()).changes())
                .anyMatch(c -> c.describe().equals("create table AM_TENANT_THEMES"));
        assertThat(planner.plan(starts.get(1).am320(), DataProbe.populated()).changes())
                .noneMatch(c -> "AM_TENANT_THEMES".equals(c.table()));
        assertThat(PaperUpgrade.starts(Vendors.require("mssql"))).hasSize(1);
    }

    private static SchemaModel withIndex(SchemaModel model) {
        model.table("AM_API").add(new Index("AM_API", "IDX_AM_API_ID", "(API_ID)"));
        return model;
    }
}
