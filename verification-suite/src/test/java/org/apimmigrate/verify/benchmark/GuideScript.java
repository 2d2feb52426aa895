package org.apimmigrate.verify.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.verify.engine.TestDatabase;

/**
 * One of the guide's scripts exactly as written for the vendor (toolkit-steps test resources {@code org/apimmigrate/guide/}),
 * cut by the vendor's splitter and run statement by statement in autocommit, as an operator pastes it into a console,
 * under an overall time limit.
 */
final class GuideScript {

    /** Seconds taken, or the limit it ran into; {@code error} when a statement failed on its own. */
    record Outcome(double seconds, boolean limitReached, String error) {
        String show(Duration limit) {
            return limitReached ? "> " + limit.toSeconds() : error != null ? "error" : Timing.seconds(seconds);
        }
    }

    private GuideScript() {
    }

    static Outcome run(TestDatabase db, Vendor vendor, String script, Duration limit) {
        List<String> statements = vendor.splitter().split(SqlResource.read("org/apimmigrate/guide/" + script + "/"
                + vendor.id() + ".sql"));
        long start = System.nanoTime();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                long left = limit.toNanos() - (System.nanoTime() - start);
                if (left <= 0) {
                    return new Outcome(elapsed(start), true, null);
                }
                st.setQueryTimeout((int) Math.max(1, Math.ceil(left / 1e9)));
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    if (System.nanoTime() - start >= limit.toNanos() - 1_000_000_000L) {
                        return new Outcome(elapsed(start), true, null);
                    }
                    return new Outcome(elapsed(start), false, e.getMessage());
                }
            }
        } catch (SQLException e) {
            return new Outcome(elapsed(start), false, e.getMessage());
        }
        return new Outcome(elapsed(start), false, null);
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
