package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContainerEnginesTest {

    private static final LicenseAcceptance NONE = LicenseAcceptance.parse("");

    @Test
    void withDockerAndNoLicenceNeededEveryFreeVendorIsOffered() {
        for (String vendor : new String[] {"postgresql", "mysql", "oracle"}) {
            assertThat(ContainerEngines.whyUnavailable(vendor, () -> true, NONE)).as(vendor).isEmpty();
        }
    }

    @Test
    void mssqlAndDb2NeedTheirLicenceAcceptedExplicitly() {
        assertThat(ContainerEngines.whyUnavailable("mssql", () -> true, NONE)).hasValueSatisfying(reason ->
                assertThat(reason).contains("licence").contains("-Dapim.acceptLicenses=mssql"));
        assertThat(ContainerEngines.whyUnavailable("db2", () -> true, LicenseAcceptance.parse("mssql")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("-Dapim.acceptLicenses=db2"));
        LicenseAcceptance both = LicenseAcceptance.parse(" MSSQL , db2 ");
        assertThat(ContainerEngines.whyUnavailable("mssql", () -> true, both)).isEmpty();
        assertThat(ContainerEngines.whyUnavailable("db2", () -> true, both)).isEmpty();
    }

    @Test
    void withoutDockerEveryVendorSaysSoAndMissingLicencesAreNamedToo() {
        assertThat(ContainerEngines.whyUnavailable("postgresql", () -> false, NONE))
                .hasValue("Docker is not available for Testcontainers");
        assertThat(ContainerEngines.whyUnavailable("db2", () -> false, NONE)).hasValueSatisfying(reason ->
                assertThat(reason).contains("Docker is not available").contains("licence of the db2 image"));
    }

    @Test
    void h2HasNoContainerEngine() {
        assertThat(ContainerEngines.whyUnavailable("h2", () -> true, NONE)).hasValueSatisfying(reason ->
                assertThat(reason).contains("no container engine"));
    }
}
