package org.apimmigrate.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.schema.KnownSchema;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The registry invariants pass on a clean registry and name each kind of damage. */
class RegistryInvariantsTest {

    @Test
    void cleanRegistryPassesAndEachBreachIsCounted() {
        try (Handle h = Jdbi.create("jdbc:h2:mem:invariants;DB_CLOSE_DELAY=-1").open()) {
            var vendor = Vendors.require("h2");
            vendor.ddl().createSchema(KnownSchema.SHARED_400.model(vendor)).forEach(h::execute);
            assertThat(RegistryInvariants.run(h)).allMatch(CheckResult::passed).hasSize(10);

            h.execute("INSERT INTO REG_PROPERTY (REG_ID, REG_NAME, REG_VALUE, REG_TENANT_ID) "
                    + "VALUES (1, 'a', 'b', -1234)");
            h.execute("INSERT INTO REG_LOG (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, "
                    + "REG_TENANT_ID) VALUES (1, '/x', 'admin', CURRENT_TIMESTAMP, 7, -1234)");
            h.execute("INSERT INTO REG_LOG (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, "
                    + "REG_TENANT_ID) VALUES (2, '/x', 'admin', CURRENT_TIMESTAMP, 1, -1234)");

            assertThat(RegistryInvariants.run(h)).filteredOn(c -> !c.passed()).extracting(CheckResult::id)
                    .containsExactlyInAnyOrder("registry.no-orphans.REG_PROPERTY", "registry.log.one-row-per-path",
                            "registry.log.no-deletes");
        }
    }
}
