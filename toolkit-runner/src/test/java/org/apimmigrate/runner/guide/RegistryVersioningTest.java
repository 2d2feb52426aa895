package org.apimmigrate.runner.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.apimmigrate.runner.report.ItemVerdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.steps.Steps;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The old registry.xml, the new {@code [registry.static_configuration]} and the clean-up step's journal row (written
 * through the toolkit's Journal into SHARED_DB) must agree: clean up or keep versioning on, never both.
 */
class RegistryVersioningTest {

    @TempDir
    Path root;

    static Stream<Arguments> states() {
        return Stream.of(
                Arguments.of("on in 3.2.0, cleaned up", true, JournalEntry.Status.SUCCESS, 16, false, ItemVerdict.DONE),
                Arguments.of("on in 3.2.0, cleaned up and kept on", true, JournalEntry.Status.SUCCESS, 16, true,
                        ItemVerdict.WRONG),
                Arguments.of("on in 3.2.0, kept on, no clean-up", true, null, 0, true, ItemVerdict.DONE),
                Arguments.of("on in 3.2.0, neither yet", true, null, 0, false, ItemVerdict.TODO),
                Arguments.of("on in 3.2.0, clean-up failed", true, JournalEntry.Status.FAILED, 0, false,
                        ItemVerdict.WRONG),
                Arguments.of("on in 3.2.0, clean-up stopped midway", true, JournalEntry.Status.RUNNING, 0, false,
                        ItemVerdict.TODO),
                Arguments.of("off in 3.2.0, turned on in 4.0.0", false, null, 0, true, ItemVerdict.WRONG),
                Arguments.of("off in 3.2.0, clean-up found nothing", false, JournalEntry.Status.SUCCESS, 0, false,
                        ItemVerdict.DONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void agreesWithTheJournal(String state, boolean onIn320, JournalEntry.Status cleanup, int statements,
                              boolean keptOn, ItemVerdict expected) {
        Homes homes = new Homes(root);
        homes.registryVersioning(onIn320);
        String url = "jdbc:h2:file:" + root.resolve("WSO2SHARED_DB").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        Jdbi.create(url, "sa", "").useHandle(h -> {
            Journal journal = new Journal(h, Vendors.require("h2"));
            journal.ensureExists();
            if (cleanup != null) {
                journal.write(new JournalEntry(Steps.REGISTRY_VERSIONING_CLEANUP, "pre-client", "c0ffee", cleanup,
                        Instant.parse("2024-01-02T01:00:00Z"), cleanup == JournalEntry.Status.RUNNING ? null
                        : Instant.parse("2024-01-02T01:05:00Z"), 120, statements, "test", "as recorded"));
            }
        });
        NewToml toml = new NewToml();
        toml.apimUrl = url;
        toml.sharedUrl = url;
        toml.password = "";
        toml.keepVersioning = keptOn;
        homes.writeNewToml(toml);

        GuideRun run = GuideRun.json(homes, Map.of());

        assertThat(run.verdicts().get("registry-versioning")).as(run.detail("registry-versioning"))
                .isEqualTo(expected);
        if (cleanup == JournalEntry.Status.FAILED) {
            assertThat(run.detail("registry-versioning")).isEqualTo("the clean-up failed: as recorded");
            assertThat(run.verdicts().get("sql-registry-versioning-cleanup")).isEqualTo(ItemVerdict.WRONG);
        }
        if (onIn320 && cleanup == null && !keptOn) {
            assertThat(run.item("registry-versioning").get("fix").asText()).contains("apim-migrate migrate --phase "
                    + "pre-client").contains("[registry.static_configuration]\nenable = true");
        }
    }
}
