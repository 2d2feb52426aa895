package org.apimmigrate.runner.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '!', value = {
        "jdbc:postgresql://h/am?user=a&password=Top5ecret&ssl=1 ! jdbc:postgresql://h/am?user=a&password=****&ssl=1",
        "jdbc:sqlserver://h;db=am;password=Top5ecret;x=1 ! jdbc:sqlserver://h;db=am;password=****;x=1",
        "jdbc:mysql://a:Top5ecret@h:3306/am ! jdbc:mysql://a:****@h:3306/am",
        "jdbc:oracle:thin:scott/Top5ecret@//h:1521/am ! jdbc:oracle:thin:scott/****@//h:1521/am",
        "jdbc:db2://h:50000/am:user=a;password=Top5ecret; ! jdbc:db2://h:50000/am:user=a;password=****;",
        "jdbc:mariadb://h/am?trustStorePassword=Top5ecret ! jdbc:mariadb://h/am?trustStorePassword=****",
        "jdbc:postgresql://h/am?user=a ! jdbc:postgresql://h/am?user=a"})
    void jdbcUrlPasswordsAreMaskedAndNothingElse(String url, String expected) {
        assertThat(JdbcUrlRedaction.redactPasswords(url)).isEqualTo(expected);
    }

    @Test
    void rememberedSecretsAreMaskedAnywhereAndJsonStaysValid() {
        Redactor.remember("s3cr3t-Value-42");
        assertThat(Redactor.scrub("driver said: login s3cr3t-Value-42 refused")).isEqualTo(
                "driver said: login **** refused");
        assertThat(Redactor.scrub("{\"url\" : \"jdbc:x://h/d?password=abc\", \"n\" : 1}"))
                .isEqualTo("{\"url\" : \"jdbc:x://h/d?password=****\", \"n\" : 1}");
    }
}
