package org.apimmigrate.verify.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.rows.RowDigest;

/**
 * The end state both registry steps must reach, worked out in plain Java from the rows before the run, independently
 * of the steps' SQL: the versioning clean-up (FACTS 4.1, joined on REG_VERSION and REG_TENANT_ID, non-versioned rows
 * untouched) and reg-index.sql (FACTS 4.3).
 */
public final class ExpectedRegistry {

    /** Association table, its value table, the column that points at it, and a short name for work tables. */
    public record Pair(String association, String value, String idColumn, String shortName) {

        public Map<String, String> slots() {
            return Map.of("assoc", association, "value", value, "id", idColumn, "tmp", shortName);
        }
    }

    public static final List<Pair> PAIRS = List.of(
            new Pair("REG_RESOURCE_PROPERTY", "REG_PROPERTY", "REG_PROPERTY_ID", "RRP"),
            new Pair("REG_RESOURCE_TAG", "REG_TAG", "REG_TAG_ID", "RRT"),
            new Pair("REG_RESOURCE_COMMENT", "REG_COMMENT", "REG_COMMENT_ID", "RRC"),
            new Pair("REG_RESOURCE_RATING", "REG_RATING", "REG_RATING_ID", "RRR"));

    static final String NULL = "null";

    private ExpectedRegistry() {
    }

    /** Digest per changed table (association, value and REG_LOG) after both steps, from the rows now in {@code db}. */
    static Map<String, String> afterBothSteps(TestDatabase db) {
        Map<String, Map<String, String>> current = new HashMap<>();
        for (Map<String, String> r : RowDigest.records(db, "SELECT * FROM REG_RESOURCE")) {
            current.put(r.get("REG_VERSION") + "/" + r.get("REG_TENANT_ID"), r);
        }
        Map<String, String> out = new TreeMap<>();
        for (Pair p : PAIRS) {
            List<String> associations = new ArrayList<>();
            Set<String> referenced = new HashSet<>();
            for (Map<String, String> x : RowDigest.records(db, "SELECT * FROM " + p.association())) {
                if (!NULL.equals(x.get("REG_VERSION"))) {
                    Map<String, String> r = current.get(x.get("REG_VERSION") + "/" + x.get("REG_TENANT_ID"));
                    if (r == null) {
                        continue;
                    }
                    x.put("REG_PATH_ID", r.get("REG_PATH_ID"));
                    x.put("REG_RESOURCE_NAME", r.get("REG_NAME"));
                }
                associations.add(RowDigest.line(x));
                referenced.add(x.get(p.idColumn()) + "/" + x.get("REG_TENANT_ID"));
            }
            out.put(p.association(), RowDigest.digest(associations));
            out.put(p.value(), RowDigest.digest(RowDigest.records(db, "SELECT * FROM " + p.value()).stream()
                    .filter(v -> referenced.contains(v.get("REG_ID") + "/" + v.get("REG_TENANT_ID")))
                    .map(RowDigest::line).toList()));
        }
        out.put("REG_LOG", RowDigest.digest(reindexedLog(db)));
        return out;
    }

    /** reg-index.sql: the highest REG_LOG_ID per (REG_PATH, REG_TENANT_ID), then no delete-resource rows. */
    private static List<String> reindexedLog(TestDatabase db) {
        Map<String, Map<String, String>> newest = new HashMap<>();
        for (Map<String, String> l : RowDigest.records(db, "SELECT * FROM REG_LOG")) {
            newest.merge(l.get("REG_PATH") + "\u0000" + l.get("REG_TENANT_ID"), l,
                    (a, b) -> Long.parseLong(a.get("REG_LOG_ID")) > Long.parseLong(b.get("REG_LOG_ID")) ? a : b);
        }
        return newest.values().stream().filter(l -> !"7".equals(l.get("REG_ACTION"))).map(RowDigest::line).toList();
    }

    /** Digest of the association rows written without versioning, which must survive byte for byte. */
    public static Map<String, String> nonVersioned(TestDatabase db) {
        Map<String, String> out = new TreeMap<>();
        for (Pair p : PAIRS) {
            out.put(p.association(), RowDigest.of(db, "SELECT * FROM " + p.association() + " WHERE REG_VERSION IS NULL"));
            out.put(p.value() + " of non-versioned rows", RowDigest.of(db, "SELECT v.* FROM " + p.value() + " v JOIN "
                    + p.association() + " x ON x." + p.idColumn() + " = v.REG_ID AND x.REG_TENANT_ID = v.REG_TENANT_ID"
                    + " WHERE x.REG_VERSION IS NULL"));
        }
        return out;
    }
}
