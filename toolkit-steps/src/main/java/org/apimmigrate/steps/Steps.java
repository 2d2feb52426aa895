package org.apimmigrate.steps;

import java.util.List;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.steps.apiuuid.ApiUuidConstraintStep;
import org.apimmigrate.steps.registry.RegistryLogReindexStep;
import org.apimmigrate.steps.registry.RegistryVersioningCleanupStep;
import org.apimmigrate.steps.schema.SchemaConvergenceStep;
import org.apimmigrate.steps.schema.SchemaScope;

/** Every database step of the 3.2.0 -> 4.0.0 upgrade, in the order they run. */
public final class Steps {

    public static final String REGISTRY_VERSIONING_CLEANUP = RegistryVersioningCleanupStep.ID;
    public static final String REGISTRY_SCHEMA_UPGRADE = SchemaConvergenceStep.REGISTRY_SCHEMA_UPGRADE;
    public static final String AM_DB_SCHEMA_UPGRADE = SchemaConvergenceStep.AM_DB_SCHEMA_UPGRADE;
    public static final String API_UUID_CONSTRAINT = ApiUuidConstraintStep.ID;
    public static final String REGISTRY_LOG_REINDEX = RegistryLogReindexStep.ID;

    private Steps() {
    }

    public static List<Step> all() {
        return List.of(
                new RegistryVersioningCleanupStep(),
                new SchemaConvergenceStep(REGISTRY_SCHEMA_UPGRADE,
                        "Registry tables of SHARED_DB to the 4.0.0 kernel schema", Phase.PRE_CLIENT,
                        DatabaseRole.SHARED_DB, new SchemaScope(KnownSchema.SHARED_320, KnownSchema.SHARED_400,
                        name -> name.startsWith("REG_")),
                        "org/apimmigrate/steps/registry-schema-upgrade/hints.txt", true, "REG_RESOURCE"),
                new SchemaConvergenceStep(AM_DB_SCHEMA_UPGRADE, "WSO2AM_DB schema from 3.2.0 to 4.0.0",
                        Phase.PRE_CLIENT, DatabaseRole.APIM_DB, new SchemaScope(KnownSchema.AM_320,
                        KnownSchema.AM_400, name -> true),
                        "org/apimmigrate/steps/am-db-schema-upgrade/hints.txt", false, "AM_API"),
                new ApiUuidConstraintStep(),
                new RegistryLogReindexStep());
    }

    public static List<Step> of(Phase phase) {
        return all().stream().filter(s -> s.phase() == phase).toList();
    }
}
