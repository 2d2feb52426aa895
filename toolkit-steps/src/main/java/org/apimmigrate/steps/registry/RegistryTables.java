package org.apimmigrate.steps.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.vendor.common.CurrentSchema;

/** Whether the shared_db datasource really points at a registry. */
final class RegistryTables {

    private RegistryTables() {
    }

    static boolean present(StepContext ctx) {
        return exists(ctx, "REG_RESOURCE");
    }

    /** Whether the connection's own schema holds a table of that name, in whatever case the catalog keeps it. */
    static boolean exists(StepContext ctx, String table) {
        return names(ctx).stream().anyMatch(table::equalsIgnoreCase);
    }

    /**
     * The tables of the connection's own schema, as the catalog spells them: the table list alone (the registry steps
     * need no more, and often run where no other step reads this schema), read once for a step's check and plan.
     */
    static List<String> names(StepContext ctx) {
        return ctx.remember("registry:tables", () -> {
            try {
                Connection c = ctx.handle().getConnection();
                List<String> names = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), CurrentSchema.of(c), null,
                        new String[] {"TABLE"})) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
                return List.copyOf(names);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
            }
        });
    }

    static Finding missing() {
        return Finding.blocker("NOT_A_REGISTRY", "The shared_db database has no REG_RESOURCE table: it is not the "
                + "registry database of API-M 3.2.0.", "Point shared_db at the old WSO2REG_DB (the registry database"
                + " the 3.2.0 server used).");
    }
}
