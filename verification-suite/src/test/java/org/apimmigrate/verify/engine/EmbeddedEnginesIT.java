package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedEnginesIT {

    @Test
    void everyEmbeddedEngineHandsOutIsolatedWorkingDatabases() throws Exception {
        for (String vendor : new String[] {"postgresql", "mysql", "h2"}) {
            for (Engine engine : Engines.forVendor(vendor)) {
                if (engine.tier() != EngineTier.EMBEDDED) {
                    continue;
                }
                IsolationProbe.assertIsolated(engine.createDatabase("iso"), engine.createDatabase("iso"));
                assertThat(engine.version()).as(engine.describe()).isNotBlank();
            }
        }
        assertThat(Engines.forVendor("postgresql")).extracting(Engine::version)
                .anySatisfy(v -> assertThat(v).startsWith("PostgreSQL 16."))
                .anySatisfy(v -> assertThat(v).startsWith("PostgreSQL 13."));
        assertThat(Engines.forVendor("mysql")).extracting(Engine::version)
                .anySatisfy(v -> assertThat(v).startsWith("MariaDB 11."));
    }
}
