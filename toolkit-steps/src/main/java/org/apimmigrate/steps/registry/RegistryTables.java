package org.apimmigrate.steps.registry;

import java.util.List;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.step.StepContext;
import org.apimmigrate.dialect.common.SchemaTables;

/** Whether the shared_db datasource really points at a registry. */
final class RegistryTables {

    private RegistryTables() {
    }

    static boolean present(StepContext ctx) {
        return exists(ctx, "REG_RESOURCE");
    }

    /** Whether the connection's own schema holds a table of that name, in whatever case the catalog keeps it. */
    static boolean exists(StepContext ctx, String table) {
        return SchemaTables.find(names(ctx), table).isPresent();
    }

    /**
     * The tables of the connection's own schema, as the catalog spells them: the table list alone (the registry steps
     * need no more, and often run where no other step reads this schema), read once for a step's check and plan.
     */
    static List<String> names(StepContext ctx) {
        return ctx.remember("registry:tables", () -> SchemaTables.names(ctx.handle()));
    }

    static Finding missing() {
        return Finding.blocker(FindingCode.NOT_A_REGISTRY, "The shared_db database has no REG_RESOURCE table: it is not the "
                + "registry database of API-M 3.2.0.", "Point shared_db at the old WSO2REG_DB (the registry database"
                + " the 3.2.0 server used).");
    }
}
