package org.apimmigrate.verify.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExternalEngineTest {

    private static final String PREFIX = "apim.external.mssql.";

    @AfterEach
    void clearProperties() {
        System.clearProperty(PREFIX + "url");
        System.clearProperty(PREFIX + "user");
        System.clearProperty(PREFIX + "password");
    }

    @Test
    void redactsPasswordsInEveryUrlForm() {
        assertThat(ExternalEngine.redact("jdbc:postgresql://h/db?user=u&password=s3cr3t&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(ExternalEngine.redact("jdbc:sqlserver://h;user=u;Password={a;b};encrypt=true"))
                .isEqualTo("jdbc:sqlserver://h;user=u;Password=***;encrypt=true");
        assertThat(ExternalEngine.redact("jdbc:db2://h:50000/db:user=u;pwd=s3cr3t;"))
                .isEqualTo("jdbc:db2://h:50000/db:user=u;pwd=***;");
        assertThat(ExternalEngine.redact("jdbc:mysql://u:s3cr3t@h:3306/db")).isEqualTo("jdbc:mysql://u:***@h:3306/db");
        assertThat(ExternalEngine.redact("jdbc:oracle:thin:scott/s3cr3t@//h:1521/svc"))
                .isEqualTo("jdbc:oracle:thin:scott/***@//h:1521/svc");
    }

    @Test
    void neverShowsThePasswordEvenWhereTheUrlHidesItInAnOddPlace() {
        System.setProperty(PREFIX + "url", "jdbc:sqlserver://h:1433;encrypt=false;applicationName=Xy-pw-9Q");
        System.setProperty(PREFIX + "user", "apim");
        System.setProperty(PREFIX + "password", "Xy-pw-9Q");
        ExternalEngine engine = ExternalEngine.fromSystemProperties("mssql").orElseThrow();
        assertThat(engine.tier()).isEqualTo(EngineTier.EXTERNAL);
        assertThat(engine.origin()).doesNotContain("Xy-pw-9Q").contains("as apim");
        assertThat(engine.toString()).doesNotContain("Xy-pw-9Q");
    }

    @Test
    void isAbsentWithoutAUrl() {
        assertThat(ExternalEngine.fromSystemProperties("mssql")).isEmpty();
    }
}
