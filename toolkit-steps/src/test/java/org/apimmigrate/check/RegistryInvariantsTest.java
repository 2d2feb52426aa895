package org.apimmigrate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.api.journal.JournalEntry;
import org.apimmigrate.journal.Journal;
import org.apimmigrate.steps.registry.RegistryVersioningCleanupStep;
import org.apimmigrate.schema.KnownSchema;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The registry invariants pass on a clean registry and name each kind of damage. */
class RegistryInvariantsTest {

    @Test
    void cleanRegistryPassesAndEachBreachIsCounted() {
        try (Handle h = Jdbi.create("jdbc:h2:mem:invariants;DB_CLOSE_DELAY=-1").open()) {
            var vendor = Vendors.require("h2");
            vendor.ddl().createSchema(KnownSchema.SHARED_400.model(vendor)).forEach(h::execute);
            assertThat(RegistryInvariants.run(h, vendor)).allMatch(CheckResult::passed).hasSize(10);

            h.execute("INSERT INTO REG_PROPERTY (REG_ID, REG_NAME, REG_VALUE, REG_TENANT_ID) "
                    + "VALUES (1, 'a', 'b', -1234)");
            h.execute("INSERT INTO REG_LOG (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, "
                    + "REG_TENANT_ID) VALUES (1, '/x', 'admin', CURRENT_TIMESTAMP, 7, -1234)");
            h.execute("INSERT INTO REG_LOG (REG_LOG_ID, REG_PATH, REG_USER_ID, REG_LOGGED_TIME, REG_ACTION, "
                    + "REG_TENANT_ID) VALUES (2, '/x', 'admin', CURRENT_TIMESTAMP, 1, -1234)");

            assertThat(RegistryInvariants.run(h, vendor)).filteredOn(c -> !c.passed()).extracting(CheckResult::id)
                    .containsExactlyInAnyOrder("registry.no-orphans.REG_PROPERTY", "registry.log.one-row-per-path",
                            "registry.log.no-deletes");
        }
    }

    @Test
    void aFailedCheckSaysWhetherItsStepRanWasChosenAwayOrNeverRan() {
        try (Handle h = Jdbi.create("jdbc:h2:mem:invariants-journal;DB_CLOSE_DELAY=-1").open()) {
            var vendor = Vendors.require("h2");
            vendor.ddl().createSchema(KnownSchema.SHARED_400.model(vendor)).forEach(h::execute);
            h.execute("INSERT INTO REG_PROPERTY (REG_ID, REG_NAME, REG_VALUE, REG_TENANT_ID) "
                    + "VALUES (1, 'a', 'b', -1234)");
            assertThat(orphans(h, vendor)).endsWith("unreferenced row(s): registry-versioning-cleanup has not run on "
                    + "this database (its journal has no entry)");

            Journal journal = new Journal(h, vendor);
            Instant at = Instant.parse("2026-01-02T03:04:05Z");
            journal.write(new JournalEntry(RegistryVersioningCleanupStep.ID, "pre-client", "c",
                    JournalEntry.Status.SUCCESS, at, at, 0, 0, "t", "nothing left to do; "
                    + RegistryVersioningCleanupStep.NOT_RUN + "clean-up skipped by explicit choice"));
            assertThat(orphans(h, vendor)).endsWith("unreferenced row(s): registry-versioning-cleanup did not run: "
                    + "clean-up skipped by explicit choice (journal, 2026-01-02T03:04:05Z)");

            journal.write(new JournalEntry(RegistryVersioningCleanupStep.ID, "pre-client", "c",
                    JournalEntry.Status.FAILED, at, at, 0, 0, "t", "lock timeout"));
            assertThat(orphans(h, vendor)).endsWith(": a run left registry-versioning-cleanup FAILED; run its phase "
                    + "again");

            journal.write(new JournalEntry(RegistryVersioningCleanupStep.ID, "pre-client", "c",
                    JournalEntry.Status.SUCCESS, at, at, 9, 12, "t", "12 action(s)"));
            assertThat(orphans(h, vendor)).as("the step ran: the rows are a real breach, told as they are")
                    .isEqualTo("1 unreferenced row(s)");
        }
    }

    private static String orphans(Handle h, Vendor vendor) {
        return RegistryInvariants.run(h, vendor).stream().filter(c -> c.id().equals("registry.no-orphans.REG_PROPERTY"))
                .findFirst().orElseThrow().details().get(0);
    }
}
