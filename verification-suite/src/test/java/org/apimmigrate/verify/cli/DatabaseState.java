package org.apimmigrate.verify.cli;

import java.util.Map;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.rows.RowDigest;

/** Schema and every row of one database: equal before and after a command means the command changed nothing. */
record DatabaseState(Snapshot schema, Map<String, String> rows) {

    static DatabaseState of(TestDatabase db) {
        Snapshot schema = db.jdbi().withHandle(h -> Vendors.require(db.vendorId()).catalog().snapshot(h));
        return new DatabaseState(schema, RowDigest.tables(db, schema.tables()));
    }
}
