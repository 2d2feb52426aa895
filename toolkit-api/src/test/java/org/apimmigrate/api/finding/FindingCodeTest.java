package org.apimmigrate.api.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Finding codes as reports name them, read back; and the report schema documents exactly these. */
class FindingCodeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| (.+) \\|$");

    @Test
    void everyCodeIsReadBackFromTheNameReportsGiveIt() {
        for (FindingCode code : FindingCode.values()) {
            assertThat(FindingCode.of(code.name())).contains(code);
            assertThat(code.meaning()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void aCodeThisVersionDoesNotKnowIsNoneRatherThanAnError() {
        assertThat(FindingCode.of("NO_SUCH_CODE")).isEmpty();
        assertThat(FindingCode.of("api_uuid_missing")).isEmpty();
        assertThat(FindingCode.of(null)).isEmpty();
    }

    @Test
    void theReportSchemaListsEveryCodeWithItsMeaningAndNoOther() throws IOException {
        Path doc = Path.of("..", "docs", "REPORT-SCHEMA.md");
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(doc)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), m.group(2));
            }
        }
        Map<String, String> codes = new LinkedHashMap<>();
        Arrays.stream(FindingCode.values()).forEach(c -> codes.put(c.name(), c.meaning()));

        assertThat(documented).containsExactlyEntriesOf(codes);
    }

    @Test
    void findingsCarryTheirCodeAndSeverity() {
        Finding blocker = Finding.blocker(FindingCode.API_UUID_MISSING, "m", "r");
        Finding info = Finding.info(FindingCode.USER_OBJECTS, "m");

        assertThat(blocker.blocks()).isTrue();
        assertThat(blocker.code()).isEqualTo(FindingCode.API_UUID_MISSING);
        assertThat(info.blocks()).isFalse();
        assertThat(info.remedy()).isEmpty();
    }
}
