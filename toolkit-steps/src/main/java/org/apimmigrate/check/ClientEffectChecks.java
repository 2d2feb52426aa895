package org.apimmigrate.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.repair.ApiUuidRepair;
import org.apimmigrate.repair.ApiUuidRepair.Registered;
import org.jdbi.v3.core.Handle;

/**
 * What WSO2's migration client was to write, checked against the registry itself: each AM_API row's API_UUID is its
 * registry artifact's UUID and STATUS its lifecycle state, and the label tables the client moves away are gone. A
 * client run that silently skipped APIs is caught here, before go-live.
 */
public final class ClientEffectChecks {

    private static final int LISTED = 20;
    private static final List<String> LABEL_TABLES = List.of("AM_LABELS", "AM_LABEL_URLS");

    private ClientEffectChecks() {
    }

    public static List<CheckResult> run(Handle apimDb, Snapshot apimSchema, Handle sharedDb) {
        ApiUuidRepair repair = new ApiUuidRepair();
        Map<String, Registered> registry = new HashMap<>();
        repair.registered(sharedDb).forEach(r -> registry.put(key(r), r));
        List<String> uuid = new ArrayList<>();
        List<String> status = new ArrayList<>();
        for (Registered api : repair.apis(apimDb)) {
            Registered reg = registry.get(key(api));
            String name = api.provider() + " / " + api.name() + " / " + api.version();
            if (reg == null) {
                uuid.add(name + ": no registry artifact");
                continue;
            }
            if (!Objects.equals(api.uuid(), reg.uuid())) {
                uuid.add(name + ": API_UUID " + api.uuid() + ", registry artifact " + reg.uuid());
            }
            if (reg.status() != null && (api.status() == null
                    || !api.status().equalsIgnoreCase(reg.status()))) {
                status.add(name + ": STATUS " + (api.status() == null ? "not set" : api.status())
                        + ", registry lifecycle state " + reg.status());
            }
        }
        List<String> labels = LABEL_TABLES.stream().filter(t -> apimSchema.tables().stream().anyMatch(t::equalsIgnoreCase))
                .map(t -> t + " still exists: WSO2's migration client moves the labels and drops it").toList();
        return List.of(
                CheckResult.of("client.api_uuid", "Each API's API_UUID is the UUID of its registry artifact",
                        DatabaseRole.APIM_DB, listed(uuid)),
                CheckResult.of("client.status", "Each API's STATUS is its registry lifecycle state",
                        DatabaseRole.APIM_DB, listed(status)),
                CheckResult.of("client.labels", "AM_LABELS and AM_LABEL_URLS are gone", DatabaseRole.APIM_DB,
                        labels));
    }

    private static List<String> listed(List<String> all) {
        if (all.size() <= LISTED) {
            return all;
        }
        List<String> out = new ArrayList<>(all.subList(0, LISTED));
        out.add("... and " + (all.size() - LISTED) + " more (" + all.size() + " in all)");
        return out;
    }

    private static String key(Registered r) {
        return r.provider() + "\u0000" + r.name() + "\u0000" + r.version();
    }
}
