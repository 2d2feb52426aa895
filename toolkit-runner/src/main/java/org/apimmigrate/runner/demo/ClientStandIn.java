package org.apimmigrate.runner.demo;

import java.util.List;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.runner.connect.Targets;
import org.apimmigrate.runner.repair.ApiUuidRepairRun;
import org.apimmigrate.dialect.common.SqlSections;
import org.jdbi.v3.core.Handle;

/**
 * Stands in for WSO2's migration client between the demo's two phases, for what the post-client phase relies on:
 * API_UUID and STATUS set from the registry ({@code repair-api-uuid} does it the client's way), and the label tables
 * the client moves to gateway environments and then drops.
 */
final class ClientStandIn {

    private static final SqlSections SQL = SqlSections.read("org/apimmigrate/runner/demo/client-effect.sql");

    private ClientStandIn() {
    }

    static List<ApiUuidRepair.Assignment> run(Targets targets) {
        List<ApiUuidRepair.Assignment> assignments = ApiUuidRepairRun.run(targets, false);
        try (Handle h = targets.get(DatabaseRole.APIM_DB).jdbi().open()) {
            SQL.require("drop-label-tables").forEach(h::execute);
        }
        return assignments;
    }
}
