package org.apimmigrate.runner.guide.checks;

import java.util.Map;
import java.util.Optional;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.fix.AddTomlKeys;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/** Guide Step 1.3: with a separate user-management database, {@code [realm_manager] data_source} names it. */
public final class RealmManagerCheck implements GuideCheck {

    static final String USER_DATASOURCE = "WSO2USER_DB";

    @Override
    public String id() {
        return "realm-manager";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CONFIGURATION;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this).snippet("set");
        if (!ctx.newToml().readable()) {
            return item.uncheckable("the new deployment.toml cannot be read");
        }
        boolean separate = ctx.old().datasource("user").isPresent()
                || ctx.newToml().datasource("user").isPresent();
        Optional<String> value = ctx.newToml().text("realm_manager.data_source");
        if (!separate) {
            return item.done("not needed: user management lives in SHARED_DB"
                    + value.map(v -> " ([realm_manager] data_source = \"" + v + "\")").orElse(""));
        }
        if (value.isEmpty()) {
            AddTomlKeys.forFile(ctx.newToml(), "realm_manager", Map.of("data_source", USER_DATASOURCE))
                    .ifPresent(item::action);
            return item.todo("user management has its own database, but [realm_manager] data_source is not set");
        }
        if (!value.get().equals(USER_DATASOURCE)) {
            return item.wrong("[realm_manager] data_source is \"" + value.get() + "\"; [database.user] is "
                    + USER_DATASOURCE);
        }
        return item.done("[realm_manager] data_source = \"" + USER_DATASOURCE + "\"");
    }
}
