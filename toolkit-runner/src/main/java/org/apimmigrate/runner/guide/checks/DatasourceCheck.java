package org.apimmigrate.runner.guide.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.ConnectionFacts.DriverSettings;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.runner.config.DatasourceTable;
import org.apimmigrate.runner.report.ReportDocument.ChecklistItem;
import org.apimmigrate.runner.guide.config.JdbcUrls;
import org.apimmigrate.runner.guide.fix.AddTomlKeys;
import org.apimmigrate.runner.guide.item.GuideCheck;
import org.apimmigrate.runner.guide.item.GuideContext;
import org.apimmigrate.runner.guide.item.ItemBuilder;
import org.apimmigrate.runner.guide.item.GuidePhase;

/**
 * One {@code [database.<name>]} of the new deployment.toml (guide Step 1.2): present with type, url, username and
 * password, a type that matches its URL, and {@code driver} and {@code validationQuery} where the guide requires them for
 * that type. {@code user} and {@code config} are needed only where 3.2.0 had those databases separately.
 */
public final class DatasourceCheck implements GuideCheck {

    private static final List<String> REQUIRED_KEYS = List.of("type", "url", "username", "password");

    private final String name;
    private final boolean always;
    private final String what;

    private DatasourceCheck(String name, boolean always, String what) {
        this.name = name;
        this.always = always;
        this.what = what;
    }

    /** A database every 4.0.0 setup configures. */
    public static DatasourceCheck always(String name, String what) {
        return new DatasourceCheck(name, true, what);
    }

    /** A database configured only where 3.2.0 had it separately. */
    public static DatasourceCheck whereOldHadIt(String name, String what) {
        return new DatasourceCheck(name, false, what);
    }

    @Override
    public String id() {
        return "datasource-" + name;
    }

    @Override
    public GuidePhase phase() {
        return GuidePhase.CONFIGURATION;
    }

    @Override
    public ChecklistItem check(GuideContext ctx) {
        ItemBuilder item = ctx.item(this);
        if (!ctx.newToml().readable()) {
            return item.uncheckable("the new deployment.toml cannot be read");
        }
        Optional<DatasourceTable> configured = ctx.newToml().datasource(name);
        Optional<DatasourceTable> old = ctx.old().datasource(name);
        if (!always && old.isEmpty()) {
            if (!ctx.old().toml().readable()) {
                return item.uncheckable("the old deployment.toml cannot be read, so whether 3.2.0 had a separate "
                        + what + " is unknown");
            }
            if (configured.isEmpty()) {
                return item.done("not needed: 3.2.0 had no separate " + what);
            }
            Optional<DatasourceTable> shared = ctx.old().datasource("shared_db");
            if (shared.isPresent() && JdbcUrls.same(shared.get().url(), configured.get().url())) {
                return item.done("points at 3.2.0's SHARED_DB, where 3.2.0 kept the " + what);
            }
            return item.snippet("not-separate").wrong("3.2.0 had no separate " + what + " (it lived in SHARED_DB), "
                    + "but the new deployment.toml configures " + configured.get() + ": 4.0.0 would look there");
        }
        if (configured.isEmpty()) {
            return item.fix(template(old)).todo("[database." + name + "] is missing"
                    + old.map(o -> "; 3.2.0 used " + o.safeUrl()).orElse(""));
        }
        DatasourceTable d = configured.get();
        List<String> missing = missingKeys(ctx, d);
        if (!missing.isEmpty()) {
            return item.fix(template(old)).todo("[database." + name + "] lacks " + String.join(", ", missing));
        }
        Optional<Vendor> typeVendor = Vendors.forTomlType(d.type());
        if (typeVendor.isEmpty()) {
            return item.wrong("type \"" + d.type() + "\" is none of the guide's types (" + Vendors.tomlTypes() + ")");
        }
        ConnectionFacts facts = typeVendor.get().connection();
        Optional<Vendor> urlVendor = Vendors.forUrl(d.url());
        if (urlVendor.isPresent() && !urlVendor.get().id().equals(typeVendor.get().id())) {
            return item.wrong("type \"" + d.type() + "\" does not match the URL " + d.safeUrl() + " ("
                    + urlVendor.get().displayName() + ")");
        }
        if (facts.builtIn() && typeVendor.get().files().relativeToHome(d.url()) && old.isPresent()
                && !Vendors.forTomlType(old.get().type()).filter(t -> t.equals(typeVendor.get())).isPresent()) {
            return item.fix(template(old)).todo("still 4.0.0's bundled " + d.type() + " database "
                    + d.safeUrl() + "; 3.2.0 used " + old.get().safeUrl());
        }
        String summary = "type " + d.type() + ", " + d.safeUrl()
                + old.filter(o -> !JdbcUrls.same(o.url(), d.url())).map(o -> " (3.2.0 used "
                        + o.safeUrl() + ")").orElse("")
                + (facts.builtIn() ? "; the guide does not support migrating " + typeVendor.get().displayName()
                        + " databases: a rehearsal only" : "");
        Map<String, String> lacking = lackingDriverKeys(d, facts);
        if (facts.driverSettings() == DriverSettings.REQUIRED && !lacking.isEmpty()) {
            StringBuilder snippet = new StringBuilder("[database." + name + "]\n");
            lacking.forEach((k, v) -> snippet.append(k).append(" = \"").append(v).append("\"\n"));
            item.fix(snippet.toString());
            AddTomlKeys.forFile(ctx.newToml(), "database." + name, lacking).ifPresent(item::action);
            return item.todo(summary + "; the guide requires " + String.join(" and ", lacking.keySet())
                    + " for type " + d.type());
        }
        String note = facts.driverSettings() == DriverSettings.IN_GUIDE_EXAMPLE && !lacking.isEmpty()
                ? "; the guide's example for this type also sets driver and validationQuery" : "";
        return item.done(summary + note);
    }

    private List<String> missingKeys(GuideContext ctx, DatasourceTable d) {
        List<String> out = new ArrayList<>();
        for (String key : REQUIRED_KEYS) {
            if (ctx.newToml().text("database." + name + "." + key).isEmpty()) {
                out.add(key);
            }
        }
        return out;
    }

    private static Map<String, String> lackingDriverKeys(DatasourceTable d, ConnectionFacts type) {
        Map<String, String> out = new LinkedHashMap<>();
        if (d.driver() == null || d.driver().isBlank()) {
            out.put("driver", type.driverClass());
        }
        if (d.validationQuery() == null || d.validationQuery().isBlank()) {
            out.put("validationQuery", type.validationQuery());
        }
        return out;
    }

    /** The table to add, from 3.2.0's where it had one; the password is never copied. */
    private String template(Optional<DatasourceTable> old) {
        String type = old.map(DatasourceTable::type).orElse("<type>");
        String url = old.map(DatasourceTable::safeUrl).orElse("<jdbc-url>");
        String user = old.map(DatasourceTable::username).orElse("<username>");
        StringBuilder s = new StringBuilder("[database." + name + "]\n")
                .append("type = \"").append(type).append("\"\n")
                .append("url = \"").append(url).append("\"\n")
                .append("username = \"").append(user).append("\"\n")
                .append("password = \"<password>\"\n");
        old.flatMap(o -> Vendors.forTomlType(o.type())).map(Vendor::connection)
                .filter(t -> t.driverSettings() == DriverSettings.REQUIRED).ifPresent(t ->
                s.append("driver = \"").append(t.driverClass()).append("\"\n")
                        .append("validationQuery = \"").append(t.validationQuery()).append("\"\n"));
        return s.toString();
    }
}
