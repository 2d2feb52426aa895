package org.apimmigrate.verify.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A vendor no engine ran stays <b>not certified here</b>; for SQL Server, Oracle and DB2 the report adds what the
 * plan on paper verified, with figures computed when it is written.
 */
class CertificationReportTest {

    @ParameterizedTest
    @ValueSource(strings = {"mssql", "oracle", "db2"})
    void withoutAnEngineTheVerdictStaysNotCertifiedAndThePaperFiguresAreZero(String vendor) {
        CertificationReport.VendorVerdict v = CertificationReport.verdicts(List.of()).stream()
                .filter(x -> x.vendor().equals(vendor)).findFirst().orElseThrow();
        assertThat(v.verdict()).isEqualTo(CertificationReport.NOT_CERTIFIED);
        assertThat(v.engines()).isEmpty();
        assertThat(v.paper()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.clean()).as(p.figures()).isTrue();
            assertThat(p.statements()).as("a real plan was made").isGreaterThan(20);
            assertThat(p.details()).isEmpty();
        });
        String md = CertificationReport.markdown(v);
        assertThat(md).startsWith("# Certification: " + vendor + "\n\n**not certified here**")
                .contains("## Verified without an engine").contains("no statement met the engine")
                .containsPattern("\\| WSO2's 3\\.2\\.0 schema \\| 0 \\| 0 \\| 0 \\| 0 \\| \\d+ \\|");
    }

    @Test
    void oraclesPaperEvidenceCoversBothThreeTwoStarts() {
        CertificationReport.VendorVerdict v = CertificationReport.verdicts(List.of()).stream()
                .filter(x -> x.vendor().equals("oracle")).findFirst().orElseThrow();
        assertThat(v.paper()).extracting(PaperEvidence::start).containsExactly("WSO2's 3.2.0 schema",
                "WSO2's 3.2.0 schema with AM_TENANT_THEMES made by hand (the script skips it)");
    }

    @Test
    void reportFilesCarryThePaperFigures(@TempDir Path dir) throws Exception {
        CertificationReport.write(dir, List.of());
        JsonNode db2 = new ObjectMapper().readTree(dir.resolve("db2.json").toFile());
        assertThat(db2.get("verdict").asText()).isEqualTo(CertificationReport.NOT_CERTIFIED);
        JsonNode start = db2.get("verifiedWithoutEngine").get("starts").get(0);
        assertThat(start.get("differences").asInt()).isZero();
        assertThat(start.get("blockers").asInt()).isZero();
        assertThat(start.get("refusedStatements").asInt()).isZero();
        assertThat(start.get("generatorsAdded").asInt()).isZero();
        assertThat(Files.readString(dir.resolve("summary.md")))
                .contains("| db2 | **not certified here** |")
                .contains("planned end state vs WSO2's 4.0.0: differences 0; blockers 0; refused statements 0;"
                        + " generators added 0");
    }
}
