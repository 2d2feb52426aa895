package org.apimmigrate.dialect.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.dialect.Vendor;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which other sessions a waiting statement waits for, from the vendor's {@code lock-waits.sql} in its package:
 * {@code session-id} (the working session's id), an optional {@code session-setup} (run once on the working session,
 * e.g. a lock timeout), and {@code blockers}, {@code blockers-2}, ... (alternatives tried in that order, the first that
 * runs and returns rows answers; one the engine refuses, e.g. a view it lacks, is skipped). A blockers query takes the
 * waiting session's id as {@code :waiting} and returns per blocking session: the table waited on (or null), who the
 * session is, since when, what it runs (or null), and the statement that ends it.
 */
public final class LockWaits {

    private static final Logger LOG = LoggerFactory.getLogger(LockWaits.class);
    private static final int MAX_ALTERNATIVES = 9;
    private static final String FILE = "lock-waits.sql";

    /** A session that holds what a statement waits for. */
    public record Blocker(String table, String who, String since, String running, String endStatement) {

        /** One clause: on what, held by whom, since when, doing what, and how to end it. */
        public String describe() {
            return (table == null ? "a lock" : "a lock on " + table) + " held by " + who
                    + (since == null ? "" : " (since " + since + ")")
                    + (running == null ? "" : ", which runs: " + oneLine(running))
                    + (endStatement == null ? "" : "; end that session with: " + endStatement);
        }

        private static String oneLine(String sql) {
            String s = sql.replaceAll("\\s+", " ").strip();
            return s.length() > 200 ? s.substring(0, 197) + "..." : s;
        }
    }

    private final NamedSql sql;

    private LockWaits(NamedSql sql) {
        this.sql = sql;
    }

    /** The vendor's lock-wait queries; empty where the vendor has none (its waits are not shown). */
    public static Optional<LockWaits> of(Vendor vendor) {
        String resource = vendor.getClass().getPackageName().replace('.', '/') + "/" + FILE;
        return SqlResource.find(resource).map(text -> NamedSql.parse(resource, text))
                .filter(s -> s.find("session-id").isPresent() && s.find("blockers").isPresent())
                .map(LockWaits::new);
    }

    /** The working session's id, to be watched from another session; runs the vendor's session setup first. */
    public Object prepare(Handle working) {
        sql.find("session-setup").ifPresent(setup -> {
            try (Statement st = working.getConnection().createStatement()) {
                st.execute(setup);
            } catch (SQLException e) { // a user who may not change the setting keeps the engine's
                LOG.debug("Session setup refused: {}", e.getMessage());
            }
        });
        return working.createQuery(sql.get("session-id")).map((rs, ctx) -> rs.getObject(1)).one();
    }

    /** The sessions that block the given session now; none when it waits for nothing, or when none may be seen. */
    public List<Blocker> blockers(Handle watcher, Object waiting) {
        List<String> names = new ArrayList<>(List.of("blockers"));
        for (int i = 2; i <= MAX_ALTERNATIVES; i++) {
            names.add("blockers-" + i);
        }
        for (String name : names) {
            Optional<String> text = sql.find(name);
            if (text.isEmpty()) {
                continue;
            }
            try {
                List<Blocker> found = watcher.createQuery(text.get()).bind("waiting", waiting)
                        .map((rs, ctx) -> new Blocker(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5))).list();
                if (!found.isEmpty()) {
                    return found;
                }
            } catch (RuntimeException e) { // a view this engine or user lacks: the next alternative may answer
                LOG.debug("Lock-wait query {} refused: {}", name, e.getMessage());
                rollbackQuietly(watcher.getConnection());
            }
        }
        return List.of();
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the watcher's own session: nothing of the run depends on it
        }
    }
}
