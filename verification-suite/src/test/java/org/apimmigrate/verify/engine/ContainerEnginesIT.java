package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Starts each selected vendor's container and probes it. Skipped as a whole where there is no Docker, and per
 * vendor where its image licence was not accepted ({@code -Dapim.acceptLicenses}).
 */
@ExtendWith(QuietDockerCheck.class)
@Testcontainers(disabledWithoutDocker = true)
class ContainerEnginesIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "postgresql, PostgreSQL 16.",
        "mysql,      MySQL 8.0.",
        "mssql,      Microsoft SQL Server",
        "oracle,     Oracle",
        "db2,        DB2"})
    void startsOnceAndHandsOutIsolatedDatabases(String vendor, String productPrefix) throws Exception {
        assumeTrue(Engines.selectedVendors().contains(vendor), vendor + " is not selected (-Dapim.vendors)");
        ContainerEngines.whyUnavailable(vendor).ifPresent(reason -> assumeTrue(false, reason));

        Map<String, Supplier<Engine>> factories = ContainerEngines.forVendor(vendor);
        assertThat(factories).hasSize(1);
        Supplier<Engine> factory = factories.values().iterator().next();
        Engine engine = factory.get();
        assertThat(factory.get()).as("one container per vendor per JVM").isSameAs(engine);
        assertThat(ContainerEngines.forVendor(vendor).values().iterator().next().get()).isSameAs(engine);

        assertThat(engine.tier()).isEqualTo(EngineTier.TESTCONTAINERS);
        assertThat(engine.vendorId()).isEqualTo(vendor);
        assertThat(engine.version()).startsWith(productPrefix);
        IsolationProbe.assertIsolated(engine.createDatabase("tc"), engine.createDatabase("tc"));
    }
}
