package org.apimmigrate.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.journal.Journal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On an H2 1.4.199 file database: the fingerprint table or journal a killed run left without its key (H2 1.4 commits
 * a table and its key apart) is made again while it is empty, and one holding a phase's fingerprint is kept as it is.
 */
class FingerprintStoreTest {

    @TempDir
    Path dir;

    private Handle h;
    private FingerprintStore store;

    @BeforeEach
    void database() {
        h = Jdbi.create("jdbc:h2:" + dir.resolve("db").toAbsolutePath(), "sa", "").open();
        h.execute("CREATE TABLE REG_PATH(REG_PATH_ID INT PRIMARY KEY, REG_PATH_VALUE VARCHAR(100))");
        h.execute("INSERT INTO REG_PATH VALUES (1, '/'), (2, '/_system')");
        store = new FingerprintStore(h, Fingerprinter.of(h, Vendors.require("h2")).orElseThrow());
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void anEmptyTableWithoutItsKeyIsMadeAgainWithIt() {
        h.execute("CREATE TABLE " + FingerprintStore.TABLE + " (PHASE VARCHAR(20) NOT NULL, MOMENT VARCHAR(10) NOT NULL, "
                + "TABLE_NAME VARCHAR(128) NOT NULL, SUBSET VARCHAR(200) NOT NULL, COLUMN_LIST VARCHAR(4000) NOT NULL, "
                + "ROW_COUNT BIGINT NOT NULL, DIGEST VARCHAR(64) NOT NULL, TAKEN_AT TIMESTAMP)");
        assertThat(primaryKeys()).isZero();

        store.recordBefore(Phase.PRE_CLIENT);

        assertThat(primaryKeys()).isEqualTo(1);
        assertThat(FingerprintStore.read(h, Phase.PRE_CLIENT, Moment.BEFORE)).extracting(TableFingerprint::table)
                .contains("REG_PATH");
    }

    @Test
    void aTableHoldingAFingerprintIsKept() {
        store.recordBefore(Phase.PRE_CLIENT);
        List<TableFingerprint> before = FingerprintStore.read(h, Phase.PRE_CLIENT, Moment.BEFORE);

        store.recordAfter(Phase.PRE_CLIENT);

        assertThat(FingerprintStore.read(h, Phase.PRE_CLIENT, Moment.BEFORE)).isEqualTo(before);
        assertThat(FingerprintStore.read(h, Phase.PRE_CLIENT, Moment.AFTER)).isEqualTo(before);
    }

    @Test
    void anEmptyJournalWithoutItsKeyIsMadeAgainWithIt() {
        h.execute("CREATE TABLE " + Journal.TABLE + " (STEP_ID VARCHAR(100) NOT NULL)");

        Journal journal = new Journal(h, Vendors.require("h2"));
        journal.started("registry-versioning-cleanup", "pre-client", "checksum");

        assertThat(primaryKeys(Journal.TABLE)).isEqualTo(1);
        assertThat(journal.find("registry-versioning-cleanup")).isPresent();
    }

    private long primaryKeys() {
        return primaryKeys(FingerprintStore.TABLE);
    }

    private long primaryKeys(String table) {
        return h.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.CONSTRAINTS WHERE TABLE_NAME = '" + table
                + "' AND CONSTRAINT_TYPE = 'PRIMARY KEY'").mapTo(Long.class).one();
    }
}
