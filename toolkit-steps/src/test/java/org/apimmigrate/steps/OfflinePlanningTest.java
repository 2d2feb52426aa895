package org.apimmigrate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.api.step.StepPlan;
import org.apimmigrate.steps.common.OfflinePlanning;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every step prints its usual statements without a database. */
class OfflinePlanningTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void everyStepPlansOfflineAndThePostClientSchemaStepOnlyAddsTheApiUuidKey(String vendorId) {
        Vendor vendor = Vendors.require(vendorId);
        for (var step : Steps.all()) {
            assertThat(step).isInstanceOf(OfflinePlanning.class);
            StepPlan plan = ((OfflinePlanning) step).offlinePlan(vendor, StepContext.MigrationOptions.defaults());
            assertThat(plan.statementCount()).as(step.id()).isPositive();
            if (step.id().equals(Steps.API_UUID_CONSTRAINT)) {
                assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.statements())
                        .anyMatch(s -> s.toUpperCase().contains("API_UUID")));
            }
        }
        List<String> preClient = Steps.of(Phase.PRE_CLIENT).stream().map(s -> s.id()).toList();
        assertThat(preClient).containsExactly(Steps.REGISTRY_VERSIONING_CLEANUP, Steps.REGISTRY_SCHEMA_UPGRADE,
                Steps.AM_DB_SCHEMA_UPGRADE);
    }
}
