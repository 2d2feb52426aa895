package org.apimmigrate.api.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds vendors through {@link ServiceLoader}: each vendor package registers itself. */
public final class Vendors {

    private static final List<Vendor> ALL = ServiceLoader.load(Vendor.class, Vendors.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get).toList();

    private Vendors() {
    }

    public static List<Vendor> all() {
        return ALL;
    }

    public static Optional<Vendor> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(v -> v.id().equals(wanted)).findFirst();
    }

    /** The vendor of that id, or an error that lists the known ids. */
    public static Vendor require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown database vendor '" + id + "'. Known vendors: " + ids()));
    }

    /**
     * The vendor whose URL prefix fits the URL best: the highest priority, then the longest prefix (see
     * {@link ConnectionFacts.UrlPrefix}), so that the answer never depends on the order vendors are found in.
     */
    public static Optional<Vendor> forUrl(String jdbcUrl) {
        return forUrl(jdbcUrl, ALL);
    }

    /** {@link #forUrl(String)} among the given vendors. */
    public static Optional<Vendor> forUrl(String jdbcUrl, List<Vendor> among) {
        Vendor best = null;
        ConnectionFacts.UrlPrefix bestClaim = null;
        for (Vendor v : among) {
            ConnectionFacts.UrlPrefix claim = v.connection().claim(jdbcUrl);
            if (claim != null && (bestClaim == null || ConnectionFacts.UrlPrefix.STRONGER_FIRST.compare(claim,
                    bestClaim) < 0)) {
                best = v;
                bestClaim = claim;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The vendor whose databases deployment.toml calls by that {@code type}. */
    public static Optional<Vendor> forTomlType(String type) {
        return ALL.stream().filter(v -> v.connection().isTomlType(type)).findFirst();
    }

    /**
     * Prefixes two vendors claim at the same priority (where {@link #forUrl} could not choose), as
     * {@code prefix@priority: vendor, vendor}; empty when every URL has one answer. Likewise a deployment.toml type
     * two vendors answer to.
     */
    public static List<String> ambiguousUrlPrefixes() {
        return ambiguousUrlPrefixes(ALL);
    }

    /** {@link #ambiguousUrlPrefixes()} among the given vendors. */
    public static List<String> ambiguousUrlPrefixes(List<Vendor> among) {
        java.util.Map<String, List<String>> claims = new java.util.TreeMap<>();
        for (Vendor v : among) {
            v.connection().urlPrefixes().forEach(p -> claims.computeIfAbsent(p.prefix() + "@" + p.priority(),
                    k -> new java.util.ArrayList<>()).add(v.id()));
            v.connection().tomlTypes().forEach(t -> claims.computeIfAbsent("type=" + t,
                    k -> new java.util.ArrayList<>()).add(v.id()));
        }
        return claims.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
    }

    /** The JDBC URL prefixes of all vendors, for messages: {@code jdbc:a:, jdbc:b: or jdbc:c:}. */
    public static String urlPrefixes() {
        return inWords(ALL.stream().flatMap(v -> v.connection().urlPrefixes().stream())
                .map(ConnectionFacts.UrlPrefix::prefix).distinct().toList());
    }

    /** deployment.toml's types of all vendors, for messages. */
    public static String tomlTypes() {
        return String.join(", ", ALL.stream().flatMap(v -> v.connection().tomlTypes().stream()).toList());
    }

    private static String inWords(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    public static Optional<Vendor> forProduct(String databaseProductName) {
        return ALL.stream().filter(v -> v.recognizer().acceptsProduct(databaseProductName)).findFirst();
    }

    public static String ids() {
        return ALL.stream().map(Vendor::id).collect(Collectors.joining(", "));
    }
}
