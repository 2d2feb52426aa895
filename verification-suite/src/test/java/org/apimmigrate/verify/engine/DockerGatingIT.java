package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** Where there is no Docker, no container engine is offered, and MSSQL, Oracle and DB2 are reported as not run. */
class DockerGatingIT {

    private static final List<String> CONTAINER_VENDORS = List.of("postgresql", "mysql", "mssql", "oracle", "db2");
    private static final List<String> CONTAINER_ONLY_VENDORS = List.of("mssql", "oracle", "db2");

    @BeforeEach
    void onlyWithoutDocker() {
        assumeFalse(DockerAvailability.isAvailable(), "Docker is available here");
    }

    @Test
    void agreesWithTestcontainers() {
        assertThat(DockerClientFactory.instance().isDockerAvailable()).isFalse();
    }

    @Test
    void offersNoContainerEngineForAnyVendor() {
        for (String vendor : CONTAINER_VENDORS) {
            assertThat(ContainerEngines.forVendor(vendor)).as(vendor).isEmpty();
            assertThat(ContainerEngines.whyUnavailable(vendor)).as(vendor)
                    .hasValueSatisfying(reason -> assertThat(reason).contains("Docker is not available"));
        }
    }

    @Test
    void vendorsWithoutEmbeddedEnginesHaveNoEngineAndTheCoverageSaysWhy() {
        for (String vendor : CONTAINER_ONLY_VENDORS) {
            assumeTrue(System.getProperty("apim.external." + vendor + ".url") == null,
                    "an external " + vendor + " engine was given");
            assertThat(Engines.forVendor(vendor)).as(vendor).isEmpty();
            assertThat(Engines.primary(vendor)).as(vendor).isEmpty();

            EngineCoverage.VendorCoverage coverage = EngineCoverage.of(vendor);
            assertThat(coverage.ran()).as(vendor).isFalse();
            assertThat(coverage.engines()).as(vendor).isEmpty();
            assertThat(coverage.reasonNotRun()).as(vendor)
                    .contains("Docker is not available")
                    .contains("no embedded engine exists for " + vendor)
                    .contains("-Dapim.external." + vendor + ".url");
            if (vendor.equals("mssql") || vendor.equals("db2")) {
                if (!LicenseAcceptance.fromSystemProperties().accepted(vendor)) {
                    assertThat(coverage.reasonNotRun()).contains("-Dapim.acceptLicenses=" + vendor);
                }
            }
        }
    }
}
