package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EngineMatrixIT {

    static Stream<Arguments> databases() {
        return EngineMatrix.databases("matrix");
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("databases")
    void eachSelectedVendorsEnginesGiveAWorkingDatabase(TestDatabase db) throws Exception {
        assertThat(Engines.selectedVendors()).contains(db.vendorId());
        assertThat(EngineCoverage.of(db.vendorId()).engines()).extracting(EngineCoverage.EngineRun::description)
                .contains(db.engine().describe());
        IsolationProbe.assertWorks(db);
    }

    @Test
    void hereItRunsOnBothEmbeddedPostgresVersionsMariaDbAndH2AndRecordsTheRestAsNotRun() {
        assumeTrue(Engines.selectedVendors().equals(Engines.ALL_VENDORS), "not all vendors selected");
        assumeFalse(DockerAvailability.isAvailable(), "Docker is available here");
        assumeTrue(Engines.ALL_VENDORS.stream().noneMatch(v -> System.getProperty("apim.external." + v + ".url") != null),
                "an external engine was given");

        List<String> labels = names(EngineMatrix.databases("matrix"));
        assertThat(labels).hasSize(4).allSatisfy(label -> assertThat(label).contains(" (embedded: "))
                .anySatisfy(label -> assertThat(label).startsWith("postgresql on PostgreSQL 16."))
                .anySatisfy(label -> assertThat(label).startsWith("postgresql on PostgreSQL 13."))
                .anySatisfy(label -> assertThat(label).startsWith("mysql on MariaDB 11."))
                .anySatisfy(label -> assertThat(label).startsWith("h2 on H2 1.4.199"));
        for (String vendor : List.of("mssql", "oracle", "db2")) {
            assertThat(EngineCoverage.of(vendor).ran()).as(vendor).isFalse();
            assertThat(EngineCoverage.of(vendor).reasonNotRun()).as(vendor).startsWith("no real " + vendor + " engine here");
        }
    }

    @Test
    void canBeNarrowedToSomeVendors() {
        assumeTrue(Engines.selectedVendors().contains("mysql"), "mysql not selected");
        assertThat(names(EngineMatrix.engines("mysql"))).isNotEmpty()
                .allSatisfy(label -> assertThat(label).startsWith("mysql on "));
        assertThat(names(EngineMatrix.engines("no-such-vendor"))).isEmpty();
    }

    private static List<String> names(Stream<Arguments> arguments) {
        return arguments.map(a -> ((Named<?>) a.get()[0]).getName()).toList();
    }
}
