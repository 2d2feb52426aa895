package org.apimmigrate.dialect.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apimmigrate.api.schema.Constraint;
import org.junit.jupiter.api.Test;

class GeneratedNamesTest {

    @Test
    void namesPostgresqlChoseAreGenerated() {
        assertThat(GeneratedNames.isCanonicalGenerated(Constraint.primaryKey("AM_API", "AM_API_PKEY",
                List.of("API_ID")))).isTrue();
        assertThat(GeneratedNames.isCanonicalGenerated(Constraint.unique("AM_API",
                "AM_API_API_PROVIDER_API_NAME_API_VERSION_KEY",
                List.of("API_PROVIDER", "API_NAME", "API_VERSION")))).isTrue();
        assertThat(GeneratedNames.isCanonicalGenerated(Constraint.foreignKey("AM_API_COMMENTS",
                "AM_API_COMMENTS_API_ID_FKEY", List.of("API_ID"), "AM_API", List.of("API_ID"), "c", "r"))).isTrue();
    }

    @Test
    void longNamesAreCutAsPostgresqlCutsThem() {
        assertThat(GeneratedNames.isCanonicalGenerated(Constraint.unique("UM_HYBRID_GROUP_ROLE",
                "UM_HYBRID_GROUP_ROLE_UM_GROUP_NAME_UM_ROLE_ID_UM_TENANT_ID__KEY",
                List.of("UM_GROUP_NAME", "UM_ROLE_ID", "UM_TENANT_ID", "UM_DOMAIN_ID")))).isTrue();
    }

    @Test
    void handWrittenNamesAreNot() {
        assertThat(GeneratedNames.isCanonicalGenerated(Constraint.primaryKey("AM_CERTIFICATE_METADATA", "PK_ALIAS",
                List.of("ALIAS")))).isFalse();
        assertThat(GeneratedNames.isCanonicalGenerated(Constraint.unique("AM_API", "API_UUID_CONSTRAINT",
                List.of("API_UUID")))).isFalse();
    }
}
