package org.apimmigrate.check;

import org.apimmigrate.api.step.DatabaseRole;

/** Something the schema comparison leaves out on purpose, and why: another tool owns it, or this toolkit does. */
public record Exclusion(DatabaseRole database, String name, String reason) {
}
