package org.apimmigrate.runner.guide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.step.Step;
import org.apimmigrate.runner.guide.checks.ClientPreparedCheck;
import org.apimmigrate.runner.guide.checks.CustomJarsCheck;
import org.apimmigrate.runner.guide.checks.DatabaseBackupCheck;
import org.apimmigrate.runner.guide.checks.DatasourceCheck;
import org.apimmigrate.runner.guide.checks.DeploymentTomlCheck;
import org.apimmigrate.runner.guide.checks.DropInRemovalCheck;
import org.apimmigrate.runner.guide.checks.EncryptionKeyCheck;
import org.apimmigrate.runner.guide.checks.GatewayEnvironmentsCheck;
import org.apimmigrate.runner.guide.checks.IdentityPreparedCheck;
import org.apimmigrate.runner.guide.checks.IndexingFrequencyCheck;
import org.apimmigrate.runner.guide.checks.JdbcDriverCheck;
import org.apimmigrate.runner.guide.checks.KeystoresCheck;
import org.apimmigrate.runner.guide.checks.MigrationRunCheck;
import org.apimmigrate.runner.guide.checks.RealmManagerCheck;
import org.apimmigrate.runner.guide.checks.RegistryVersioningCheck;
import org.apimmigrate.runner.guide.checks.ReindexingCheck;
import org.apimmigrate.runner.guide.checks.SecureVaultCheck;
import org.apimmigrate.runner.guide.checks.SequencesCheck;
import org.apimmigrate.runner.guide.checks.ServersStoppedCheck;
import org.apimmigrate.runner.guide.checks.SharedDbRegistryCheck;
import org.apimmigrate.runner.guide.checks.SolrBackupCheck;
import org.apimmigrate.runner.guide.checks.SqlStepCheck;
import org.apimmigrate.runner.guide.checks.TenantLoaderAddedCheck;
import org.apimmigrate.runner.guide.checks.UserStoreTypeCheck;
import org.apimmigrate.steps.Steps;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** Every item of the checklist, in the order of the 3.2.0 -> 4.0.0 guide. The one place that order lives. */
public final class Checklist {

    private Checklist() {
    }

    public static List<GuideCheck> all() {
        Map<String, Step> sql = new LinkedHashMap<>();
        Steps.all().forEach(s -> sql.put(s.id(), s));
        List<GuideCheck> out = new ArrayList<>();

        out.add(new RegistryVersioningCheck());
        sqlStep(out, sql, Steps.REGISTRY_VERSIONING_CLEANUP, GuidePhase.PREPARE);

        out.add(new DeploymentTomlCheck());
        out.add(DatasourceCheck.always("apim_db", "WSO2AM_DB"));
        out.add(DatasourceCheck.always("shared_db", "registry database"));
        out.add(new SharedDbRegistryCheck());
        out.add(DatasourceCheck.whereOldHadIt("user", "user-management database"));
        out.add(DatasourceCheck.whereOldHadIt("config", "WSO2CONFIG_DB"));
        out.add(new RealmManagerCheck());
        out.add(new JdbcDriverCheck());
        out.add(CustomJarsCheck.dropins());
        out.add(CustomJarsCheck.lib());

        out.add(new ServersStoppedCheck());
        out.add(new DatabaseBackupCheck());
        sqlStep(out, sql, Steps.REGISTRY_SCHEMA_UPGRADE, GuidePhase.DATABASE);
        sqlStep(out, sql, Steps.AM_DB_SCHEMA_UPGRADE, GuidePhase.DATABASE);

        out.add(new KeystoresCheck());
        out.add(new SecureVaultCheck());
        out.add(new EncryptionKeyCheck());

        out.add(new IdentityPreparedCheck());
        out.add(new UserStoreTypeCheck());
        out.add(MigrationRunCheck.identity());
        out.add(new IndexingFrequencyCheck());
        out.add(DropInRemovalCheck.identity());

        out.add(new GatewayEnvironmentsCheck());
        out.add(new ClientPreparedCheck());
        out.add(MigrationRunCheck.client());
        out.add(DropInRemovalCheck.client());
        sqlStep(out, sql, Steps.API_UUID_CONSTRAINT, GuidePhase.CLIENT);

        sqlStep(out, sql, Steps.REGISTRY_LOG_REINDEX, GuidePhase.REINDEX);
        out.add(new TenantLoaderAddedCheck());
        out.add(new ReindexingCheck());
        out.add(new SolrBackupCheck());
        out.add(DropInRemovalCheck.tenantLoader());

        out.add(new SequencesCheck());

        // a toolkit step this list does not place yet still shows, at the end of its phase's part
        sql.values().forEach(s -> out.add(new SqlStepCheck(s,
                s.phase() == Phase.PRE_CLIENT ? GuidePhase.DATABASE : GuidePhase.REINDEX)));
        return out.stream().sorted(Comparator.comparing(GuideCheck::phase)).toList();
    }

    private static void sqlStep(List<GuideCheck> out, Map<String, Step> sql, String id, GuidePhase phase) {
        Step step = sql.remove(id);
        if (step != null) {
            out.add(new SqlStepCheck(step, phase));
        }
    }
}
