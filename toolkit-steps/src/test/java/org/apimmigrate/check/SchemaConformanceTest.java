package org.apimmigrate.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.schema.KnownSchema;
import org.junit.jupiter.api.Test;

/** One database serving as both WSO2AM_DB and SHARED_DB: its registry and user-management tables are not drift. */
class SchemaConformanceTest {

    @Test
    void sharedDbTablesInTheApimDatabaseAreNotDriftWhenOneDatabaseServesBothRoles() {
        for (String id : List.of("postgresql", "mysql", "h2")) {
            Vendor vendor = Vendors.require(id);
            List<SnapshotLine> both = new ArrayList<>(KnownSchema.AM_400.expectedSnapshot(vendor).lines());
            both.addAll(KnownSchema.SHARED_400.expectedSnapshot(vendor).lines());
            Snapshot oneDatabase = new Snapshot(both);

            Snapshot shared = KnownSchema.SHARED_400.expectedSnapshot(vendor);
            assertThat(SchemaConformance.userObjects(oneDatabase, vendor, shared, vendor).details())
                    .as(id + ": two roles, one database, seen as WSO2AM_DB alone: SHARED_DB's tables look like the "
                            + "user's").anyMatch(d -> d.contains("REG_RESOURCE"));
            Snapshot apimPart = SchemaConformance.withoutSharedDb(oneDatabase, vendor);
            CheckResult check = SchemaConformance.apimDb(apimPart, vendor);
            assertThat(check.details()).as(id).isEmpty();
            assertThat(check.passed()).isTrue();
            assertThat(SchemaConformance.userObjects(apimPart, vendor, shared, vendor).details()).as(id).isEmpty();
        }
    }
}
