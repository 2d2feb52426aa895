package org.apimmigrate.schema.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apimmigrate.api.vendor.Vendors;
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
        for (PaperUpgrade.Result r : results) {
            System.out.println(vendorId + " | " + r.start() + " | " + PaperUpgrade.summary(r) + " | " + r.changes()
                    + " statements");
            r.differences().stream().limit(40).forEach(d -> System.out.println("  diff " + d));
            r.blockers().stream().limit(40).forEach(d -> System.out.println("  blocker " + d.message()));
            r.refused().stream().limit(40).forEach(d -> System.out.println("  refused " + d));
            r.generatorsAdded().stream().limit(40).forEach(d -> System.out.println("  generator " + d));
        }
        assertThat(results).allSatisfy(r -> {
            assertThat(r.differences()).as(r.start() + ": differences").isEmpty();
            assertThat(r.blockers()).as(r.start() + ": blockers").isEmpty();
            assertThat(r.refused()).as(r.start() + ": refused").isEmpty();
            assertThat(r.generatorsAdded()).as(r.start() + ": generators added").isEmpty();
        });
    }
}
