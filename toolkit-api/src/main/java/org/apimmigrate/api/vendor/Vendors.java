package org.apimmigrate.api.vendor;

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

    public static Optional<Vendor> forUrl(String jdbcUrl) {
        return ALL.stream().filter(v -> v.recognizer().acceptsUrl(jdbcUrl)).findFirst();
    }

    public static Optional<Vendor> forProduct(String databaseProductName) {
        return ALL.stream().filter(v -> v.recognizer().acceptsProduct(databaseProductName)).findFirst();
    }

    public static String ids() {
        return ALL.stream().map(Vendor::id).collect(Collectors.joining(", "));
    }
}
