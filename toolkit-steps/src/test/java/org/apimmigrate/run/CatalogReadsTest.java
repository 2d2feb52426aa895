package org.apimmigrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.api.schema.Snapshot;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** One catalog read per database while nothing changes; a change, or a statement for what was worked out, forgets. */
class CatalogReadsTest {

    private final Vendor h2 = Vendors.require("h2");

    @Test
    void aReadServesEveryLookUntilTheSchemaChanges() {
        try (Handle h = Jdbi.open("jdbc:h2:mem:catalog_reads_a;DB_CLOSE_DELAY=-1")) {
            h.execute("CREATE TABLE T1 (ID INT PRIMARY KEY)");
            CatalogReads reads = new CatalogReads();
            Snapshot first = reads.schema("db", "db (H2)", h2, h);
            h.execute("CREATE TABLE T2 (ID INT)");

            assertThat(reads.schema("db", "db (H2)", h2, h)).as("no change told: the read stands").isSameAs(first);
            assertThat(first.tables()).containsExactly("T1");

            reads.changed("db");
            Snapshot again = reads.schema("db", "db (H2)", h2, h);
            assertThat(again.tables()).containsExactly("T1", "T2");
            assertThat(again).isEqualTo(h2.catalog().snapshot(h));
            assertThat(reads.schema("other", "other (H2)", h2, h)).as("each database its own read").isNotSameAs(again);
        }
    }

    @Test
    void whatWasWorkedOutFromAReadIsForgottenWhenAStatementRunsOrTheSchemaChanges() {
        try (Handle h = Jdbi.open("jdbc:h2:mem:catalog_reads_b;DB_CLOSE_DELAY=-1")) {
            h.execute("CREATE TABLE T1 (ID INT PRIMARY KEY)");
            CatalogReads reads = new CatalogReads();
            AtomicInteger worked = new AtomicInteger();
            Snapshot schema = reads.schema("db", "db", h2, h);

            assertThat(reads.<Integer>derived(schema, "work", worked::incrementAndGet)).isEqualTo(1);
            assertThat(reads.<Integer>derived(schema, "work", worked::incrementAndGet)).isEqualTo(1);
            reads.dataChanged();
            assertThat(reads.<Integer>derived(schema, "work", worked::incrementAndGet)).isEqualTo(2);
            reads.changed("db");
            Snapshot read = reads.schema("db", "db", h2, h);
            assertThat(reads.<Integer>derived(read, "work", worked::incrementAndGet)).isEqualTo(3);
            reads.changedAll();
            assertThat(reads.schema("db", "db", h2, h)).isNotSameAs(read);
        }
    }
}
