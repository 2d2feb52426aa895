package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apimmigrate.verify.engine.EngineCoverage.EngineRun;
import org.apimmigrate.verify.engine.EngineCoverage.VendorCoverage;
import org.junit.jupiter.api.Test;

class EngineCoverageReportTest {

    private static final List<VendorCoverage> COVERAGE = List.of(
            new VendorCoverage("postgresql", true, List.of(new EngineRun(EngineTier.EMBEDDED, "PostgreSQL 16.15",
                    "zonky \"embedded\"", "a new database per test", "PostgreSQL 16.15 (embedded: zonky)")), null),
            new VendorCoverage("db2", true, List.of(), "no real db2 engine here: Docker | none"));

    @Test
    void jsonCarriesEveryVendorWithItsEnginesOrReasonAndEscapesText() {
        String json = EngineCoverageReport.json(COVERAGE);
        assertThat(json)
                .contains("{\"vendor\": \"postgresql\", \"selected\": true, \"ran\": true, \"reasonNotRun\": null")
                .contains("\"tier\": \"EMBEDDED\"")
                .contains("\"origin\": \"zonky \\\"embedded\\\"\"")
                .contains("{\"vendor\": \"db2\", \"selected\": true, \"ran\": false, "
                        + "\"reasonNotRun\": \"no real db2 engine here: Docker | none\", \"engines\": []}");
    }

    @Test
    void markdownSaysNotCertifiedHereWithTheReason() {
        assertThat(EngineCoverageReport.markdown(COVERAGE))
                .contains("| postgresql | yes | PostgreSQL 16.15 (embedded: zonky) | a new database per test |")
                .contains("| db2 | yes | **not certified here**: no real db2 engine here: Docker \\| none |  |");
    }
}
