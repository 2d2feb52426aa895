package org.apimmigrate.runner.preflight;

import java.util.List;
import java.util.Optional;
import org.apimmigrate.runner.connect.ConnectedDatabase;
import org.apimmigrate.vendor.common.SqlResource;
import org.jdbi.v3.core.Handle;

/**
 * The privileges the migration needs and the database user lacks, by the vendor's query
 * ({@code org/apimmigrate/runner/privileges/<vendor>.sql}, one row per missing privilege; a row starting with
 * {@code ?} says why nothing could be checked).
 *
 * @param missing what is missing, empty when all is there
 * @param note    why nothing could be checked, empty when it was
 */
record Privileges(List<String> missing, String note) {

    private static final String UNCHECKABLE = "?";

    static Privileges of(ConnectedDatabase db) {
        Optional<String> sql = SqlResource.find("org/apimmigrate/runner/privileges/" + db.vendor().id() + ".sql");
        if (sql.isEmpty()) {
            return new Privileges(List.of(), "not checked: no privilege query for " + db.vendor().displayName());
        }
        try (Handle h = db.jdbi().open()) {
            List<String> rows = h.createQuery(strip(sql.get())).mapTo(String.class).list();
            Optional<String> uncheckable = rows.stream().filter(r -> r.startsWith(UNCHECKABLE)).findFirst();
            return uncheckable.map(r -> new Privileges(List.of(), "not checked: " + r.substring(1)))
                    .orElseGet(() -> new Privileges(rows, ""));
        } catch (RuntimeException e) {
            return new Privileges(List.of(), "not checked: " + rootMessage(e));
        }
    }

    private static String strip(String text) {
        return text.lines().filter(l -> !l.strip().startsWith("--")).reduce((a, b) -> a + "\n" + b).orElse("")
                .strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
    }
}
