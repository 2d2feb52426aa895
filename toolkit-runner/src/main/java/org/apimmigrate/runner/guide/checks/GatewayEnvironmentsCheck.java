package org.apimmigrate.runner.guide.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.progress.Probe;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;
import org.apimmigrate.runner.guide.item.OldSetup;

/**
 * WSO2's migration client deploys each published API's first revision to the gateway environments named in its
 * 3.2.0 registry artifact. So the 4.0.0 {@code [[apim.gateway.environment]]} must carry 3.2.0's names (3.2.0's
 * default is "Production and Sandbox", 4.0.0's "Default"), and the gateway's {@code gateway_labels} must sync them.
 */
public final class GatewayEnvironmentsCheck implements GuideCheck {

    static final String NEW_DEFAULT = "Default";

    @Override
    public String id() {
        return "gateway-environments";
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CLIENT;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this);
        if (!ctx.newToml().readable() || !ctx.old().toml().readable()) {
            return item.uncheckable("both deployment.toml files must be readable to compare gateway environments");
        }
        List<String> old = ctx.old().gatewayEnvironments();
        List<String> environments = OldSetup.environmentNames(ctx.newToml(), NEW_DEFAULT);
        List<String> labels = labels(ctx);
        List<String> problems = new ArrayList<>();
        List<String> missingEnvironments = old.stream().filter(n -> !environments.contains(n)).toList();
        List<String> missingLabels = old.stream().filter(n -> !labels.contains(n)).toList();
        if (!missingEnvironments.isEmpty()) {
            problems.add("no [[apim.gateway.environment]] named " + quoted(missingEnvironments) + " (4.0.0 has "
                    + quoted(environments) + ")");
        }
        if (!missingLabels.isEmpty()) {
            problems.add("[apim.sync_runtime_artifacts.gateway] gateway_labels lacks " + quoted(missingLabels));
        }
        if (problems.isEmpty()) {
            return item.done("3.2.0's environments " + quoted(old) + " are configured and synced to the gateway");
        }
        item.fix(ctx.snippet(this, "rename").replace("{name}", old.get(0))
                .replace("{labels}", String.join(", ", old.stream().map(n -> "\"" + n + "\"").toList())));
        String detail = String.join("; ", problems);
        return Probe.isTrue(ctx.progress().clientRan())
                ? item.wrong(detail + ": the migration client has already deployed revisions to these environments")
                : item.todo(detail + ": the migration client deploys revisions to 3.2.0's environment names");
    }

    private static List<String> labels(GuideContext ctx) {
        JsonNode n = ctx.newToml().at("apim.sync_runtime_artifacts.gateway.gateway_labels");
        if (!n.isArray()) {
            return List.of(NEW_DEFAULT);
        }
        List<String> out = new ArrayList<>();
        n.forEach(l -> out.add(l.asText()));
        return out;
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
