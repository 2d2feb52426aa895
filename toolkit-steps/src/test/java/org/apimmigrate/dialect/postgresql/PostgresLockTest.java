package org.apimmigrate.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresLockTest {

    @Test
    void advisoryKeyIsFixedForANameSoEveryRunAndBuildAgrees() {
        // the first 8 bytes of SHA-256("apim-migrate"), read as a signed big-endian long
        assertThat(PostgresLock.advisoryKey("apim-migrate")).isEqualTo(7385928589990038671L);
        assertThat(PostgresLock.advisoryKey("apim-migrate-2")).isNotEqualTo(7385928589990038671L);
    }
}
