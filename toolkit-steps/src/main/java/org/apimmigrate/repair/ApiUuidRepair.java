package org.apimmigrate.repair;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.dialect.common.SqlSections;
import org.jdbi.v3.core.Handle;

/**
 * Fills AM_API.API_UUID and STATUS from the registry the way WSO2's migration client does (FACTS 5.1): the UUID of
 * each {@code .../provider/<p>/<n>/<v>/api} artifact, and the upper-cased lifecycle state (the
 * {@code registry.lifecycle.<LC>.state} property, else the artifact's {@code overview_status}). Only APIs whose
 * API_UUID is still NULL are touched, so it never overrides what the client wrote.
 */
public final class ApiUuidRepair {

    private static final String PROVIDER_ROOT = "/_system/governance/apimgt/applicationdata/provider/";
    private static final Pattern OVERVIEW_STATUS = Pattern.compile("<overview_status>\\s*([^<]+?)\\s*</overview_status>"
            + "|<status>\\s*([^<]+?)\\s*</status>");

    private final SqlSections sql = SqlSections.read("org/apimmigrate/repair/api-uuid.sql");

    /** What the registry says about one API, and what the repair does with it. */
    public record Assignment(String provider, String name, String version, String uuid, String status, Action action) {
    }

    public enum Action {
        /** API_UUID is NULL and the registry has the artifact: it is set. */
        SET,
        /** API_UUID is already set (by WSO2's client); left as it is. */
        ALREADY_SET,
        /** AM_API has no row for the artifact (the client skips such artifacts too). */
        NO_API_ROW,
        /** AM_API row without a registry artifact: nothing can be set. */
        NO_ARTIFACT
    }

    /** One API as the registry has it: its artifact's UUID and its lifecycle state (null where it has none). */
    public record Registered(String provider, String name, String version, String uuid, String status) {
    }

    /** Every API artifact of the registry, with what WSO2's client was to write for it; reads only. */
    public List<Registered> registered(Handle sharedDb) {
        List<Registered> out = new ArrayList<>();
        for (Map<String, Object> artifact : sharedDb.createQuery(sql.require("artifacts").get(0)).mapToMap().list()) {
            coordinates(str(artifact, "collection")).ifPresent(c -> out.add(new Registered(c[0], c[1], c[2],
                    str(artifact, "reg_uuid"), status(sharedDb, artifact))));
        }
        return out;
    }

    /** AM_API rows as they are: provider, name, version, API_UUID, STATUS. */
    public List<Registered> apis(Handle amDb) {
        return amDb.createQuery(sql.require("apis").get(0)).mapToMap().map(r -> new Registered(str(r, "api_provider"),
                str(r, "api_name"), str(r, "api_version"), str(r, "api_uuid"), str(r, "status"))).list();
    }

    /** What the repair would do; reads both databases, changes nothing. */
    public List<Assignment> plan(Handle sharedDb, Handle amDb) {
        Map<String, Map<String, Object>> apis = new HashMap<>();
        amDb.createQuery(sql.require("apis").get(0)).mapToMap().forEach(r ->
                apis.put(key(str(r, "api_provider"), str(r, "api_name"), str(r, "api_version")), r));
        List<Assignment> out = new ArrayList<>();
        for (Map<String, Object> artifact : sharedDb.createQuery(sql.require("artifacts").get(0)).mapToMap().list()) {
            Optional<String[]> coordinates = coordinates(str(artifact, "collection"));
            if (coordinates.isEmpty()) {
                continue;
            }
            String[] c = coordinates.get();
            String uuid = str(artifact, "reg_uuid");
            String status = status(sharedDb, artifact);
            Map<String, Object> api = apis.remove(key(c[0], c[1], c[2]));
            Action action = api == null ? Action.NO_API_ROW : str(api, "api_uuid") != null ? Action.ALREADY_SET
                    : Action.SET;
            out.add(new Assignment(c[0], c[1], c[2], uuid, status, action));
        }
        apis.values().forEach(r -> out.add(new Assignment(str(r, "api_provider"), str(r, "api_name"),
                str(r, "api_version"), str(r, "api_uuid"), str(r, "status"),
                str(r, "api_uuid") == null ? Action.NO_ARTIFACT : Action.ALREADY_SET)));
        return out;
    }

    /**
     * An API whose API_UUID another API shares: what it holds now and the UUID of its own registry artifact (null where
     * it has none). Where the two differ, the artifact's UUID is the one WSO2's client was to write.
     */
    public record Duplicate(String provider, String name, String version, String current, String registry) {
        public boolean fixable() {
            return registry != null && !registry.equals(current);
        }
    }

    /** The APIs that share an API_UUID, each with its own artifact's UUID; reads only. */
    public List<Duplicate> duplicates(Handle sharedDb, Handle amDb) {
        Map<String, Long> uses = new HashMap<>();
        List<Registered> apis = apis(amDb);
        apis.stream().filter(a -> a.uuid() != null).forEach(a -> uses.merge(a.uuid(), 1L, Long::sum));
        if (uses.values().stream().noneMatch(n -> n > 1)) {
            return List.of();
        }
        Map<String, String> artifactUuid = new HashMap<>();
        registered(sharedDb).forEach(r -> artifactUuid.put(key(r.provider(), r.name(), r.version()), r.uuid()));
        return apis.stream().filter(a -> a.uuid() != null && uses.get(a.uuid()) > 1)
                .map(a -> new Duplicate(a.provider(), a.name(), a.version(), a.uuid(),
                        artifactUuid.get(key(a.provider(), a.name(), a.version()))))
                .sorted(java.util.Comparator.comparing(Duplicate::current).thenComparing(Duplicate::provider)
                        .thenComparing(Duplicate::name).thenComparing(Duplicate::version))
                .toList();
    }

    /** Sets each duplicated API_UUID that differs from its own artifact's UUID to that UUID; returns what it found. */
    public List<Duplicate> fixDuplicates(Handle sharedDb, Handle amDb) {
        List<Duplicate> found = duplicates(sharedDb, amDb);
        amDb.useTransaction(h -> {
            for (Duplicate d : found) {
                if (d.fixable()) {
                    h.createUpdate(sql.require("fix-duplicate").get(0)).bind("uuid", d.registry())
                            .bind("current", d.current()).bind("provider", d.provider()).bind("name", d.name())
                            .bind("version", d.version()).execute();
                }
            }
        });
        return found;
    }

    /** Sets what {@link #plan} found; returns the plan it carried out. */
    public List<Assignment> apply(Handle sharedDb, Handle amDb) {
        List<Assignment> plan = plan(sharedDb, amDb);
        amDb.useTransaction(h -> {
            for (Assignment a : plan) {
                if (a.action() == Action.SET) {
                    h.createUpdate(sql.require("assign").get(0)).bind("uuid", a.uuid()).bind("status", a.status())
                            .bind("provider", a.provider()).bind("name", a.name()).bind("version", a.version())
                            .execute();
                }
            }
        });
        return plan;
    }

    /** provider, name and version from {@code /_system/.../provider/<p>/<n>/<v>}, with '-AT-' turned back to '@'. */
    static Optional<String[]> coordinates(String collection) {
        if (collection == null || !collection.startsWith(PROVIDER_ROOT)) {
            return Optional.empty();
        }
        String[] parts = collection.substring(PROVIDER_ROOT.length()).split("/");
        if (parts.length != 3) {
            return Optional.empty();
        }
        return Optional.of(new String[] {parts[0].replace("-AT-", "@"), parts[1], parts[2]});
    }

    private String status(Handle sharedDb, Map<String, Object> artifact) {
        Object tenant = artifact.get(keyOf(artifact, "tenant_id"));
        Optional<String> lc = sharedDb.createQuery(sql.require("lifecycleState").get(0))
                .bind("tenant", ((Number) tenant).intValue())
                .bind("pathId", ((Number) artifact.get(keyOf(artifact, "path_id"))).intValue())
                .bind("version", ((Number) artifact.get(keyOf(artifact, "reg_version"))).longValue())
                .mapTo(String.class).findFirst();
        if (lc.isPresent()) {
            return lc.get().toUpperCase(Locale.ROOT);
        }
        Object contentId = artifact.get(keyOf(artifact, "content_id"));
        if (contentId == null) {
            return null;
        }
        return sharedDb.createQuery(sql.require("content").get(0)).bind("contentId", ((Number) contentId).intValue())
                .bind("tenant", ((Number) tenant).intValue()).mapTo(byte[].class).findFirst()
                .map(b -> new String(b, StandardCharsets.UTF_8)).map(OVERVIEW_STATUS::matcher).filter(Matcher::find)
                .map(m -> (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT)).orElse(null);
    }

    private static String key(String provider, String name, String version) {
        return provider + "\u0000" + name + "\u0000" + version;
    }

    /** Row maps carry the driver's spelling of a column label (some drivers in lower case, others in upper case). */
    private static String keyOf(Map<String, Object> row, String lower) {
        return row.keySet().stream().filter(k -> k.equalsIgnoreCase(lower)).findFirst().orElse(lower);
    }

    private static String str(Map<String, Object> row, String lower) {
        Object v = row.get(keyOf(row, lower));
        return v == null ? null : v.toString();
    }
}
