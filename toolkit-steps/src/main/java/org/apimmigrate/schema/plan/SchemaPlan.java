package org.apimmigrate.schema.plan;

import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.schema.change.SchemaChange;

/**
 * The ordered changes that bring a live schema to its target, what blocks them, and what the plan deliberately
 * leaves to other tools. An empty plan without blockers means the schema is already there.
 */
public record SchemaPlan(List<SchemaChange> changes, List<Finding> blockers, List<String> leftAlone) {
}
