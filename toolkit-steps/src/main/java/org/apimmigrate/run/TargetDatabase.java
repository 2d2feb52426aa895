package org.apimmigrate.run;

import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.dialect.Vendor;
import org.jdbi.v3.core.Jdbi;

/**
 * One of the API Manager's databases as the toolkit reaches it.
 *
 * @param identity what makes two roles the same physical database (e.g. the JDBC URL without credentials), so that it
 *                 is locked and journaled once
 * @param label    how reports name it; never contains a password
 */
public record TargetDatabase(DatabaseRole role, Jdbi jdbi, Vendor vendor, String identity, String label) {
}
