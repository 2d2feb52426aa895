package org.apimmigrate.check;

import java.util.List;
import org.apimmigrate.api.step.DatabaseRole;

/**
 * The outcome of one check of a migrated database.
 *
 * @param id      stable id for reports and automation, e.g. {@code registry.log.one-row-per-path}
 * @param details what failed, one line each (empty when passed)
 */
public record CheckResult(String id, String title, DatabaseRole database, boolean passed, List<String> details) {

    public CheckResult {
        details = List.copyOf(details);
    }

    static CheckResult of(String id, String title, DatabaseRole database, List<String> problems) {
        return new CheckResult(id, title, database, problems.isEmpty(), problems);
    }
}
