package org.apimmigrate.api.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a vendor's databases are named and reached: what deployment.toml calls them, which driver and validation query
 * API-M's guide gives, which driver jars serve them and which JDBC URLs are theirs. The URL a reader opens so that
 * connecting never creates a database is {@link Vendor#files()}'s concern.
 *
 * @param tomlTypes       the values deployment.toml's {@code [database.*] type} takes for this vendor, the guide's
 *                        spelling first
 * @param driverClass     the JDBC driver class the guide gives
 * @param validationQuery the validation query the guide gives
 * @param driverSettings  whether the guide asks for {@code driver} and {@code validationQuery}
 * @param driverJars      file-name globs of the vendor's JDBC driver jars; empty for {@link #builtIn()} vendors
 * @param urlPrefixes     the JDBC URL prefixes that are this vendor's, each with its priority
 * @param builtIn         the database API-M ships inside its home: its driver comes with API-M, {@code ./} paths in
 *                        its URLs are relative to the API-M home, and the guide migrates no such database (a
 *                        rehearsal only)
 */
public record ConnectionFacts(List<String> tomlTypes, String driverClass, String validationQuery,
                             DriverSettings driverSettings, List<String> driverJars, List<UrlPrefix> urlPrefixes,
                             boolean builtIn) {

    public ConnectionFacts {
        tomlTypes = List.copyOf(tomlTypes);
        driverJars = List.copyOf(driverJars);
        urlPrefixes = List.copyOf(urlPrefixes);
        if (tomlTypes.isEmpty() || urlPrefixes.isEmpty()) {
            throw new IllegalArgumentException("A vendor needs a deployment.toml type and a JDBC URL prefix");
        }
    }

    /** The type to suggest in deployment.toml. */
    public String tomlType() {
        return tomlTypes.get(0);
    }

    public boolean isTomlType(String type) {
        return type != null && tomlTypes.contains(type.strip().toLowerCase(Locale.ROOT));
    }

    /** The best claim this vendor makes on the URL, or null where none of its prefixes fits. */
    public UrlPrefix claim(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        return urlPrefixes.stream().filter(p -> url.startsWith(p.prefix()))
                .min(UrlPrefix.STRONGER_FIRST).orElse(null);
    }

    /**
     * The class of the JDBC driver that serves the URL: the one its prefix names, else the vendor's
     * {@link #driverClass}; empty where the URL is not this vendor's.
     */
    public Optional<String> driverClassFor(String jdbcUrl) {
        return Optional.ofNullable(claim(jdbcUrl)).map(p -> p.driverClass() != null ? p.driverClass() : driverClass);
    }

    /** What the guide (Step 1.2) says about {@code driver} and {@code validationQuery} for a type. */
    public enum DriverSettings {
        /** The guide requires both. */
        REQUIRED,
        /** Not required, but the guide's example for the type sets them. */
        IN_GUIDE_EXAMPLE,
        /** Neither required nor shown. */
        NOT_NEEDED
    }

    /**
     * A JDBC URL prefix (lower case, e.g. {@code jdbc:xyz:}). Where prefixes of several vendors fit one URL, the
     * higher priority wins, then the longer prefix; two vendors claiming one prefix at one priority is a mistake that
     * {@link Vendors#ambiguousUrlPrefixes()} reports.
     *
     * @param driverClass the JDBC driver class that serves URLs of this prefix; null for the vendor's own
     *                    {@link ConnectionFacts#driverClass}
     */
    public record UrlPrefix(String prefix, int priority, String driverClass) {

        /** Ordinary priority: the vendor's own sub-protocol. */
        public static final int OWN = 100;

        static final java.util.Comparator<UrlPrefix> STRONGER_FIRST = java.util.Comparator
                .comparingInt(UrlPrefix::priority).reversed()
                .thenComparing(java.util.Comparator.comparingInt((UrlPrefix p) -> p.prefix().length()).reversed());

        public UrlPrefix {
            Objects.requireNonNull(prefix);
            prefix = prefix.toLowerCase(Locale.ROOT);
        }

        public UrlPrefix(String prefix, int priority) {
            this(prefix, priority, null);
        }

        /** The vendor's own sub-protocol, served by the vendor's driver class. */
        public static UrlPrefix own(String prefix) {
            return new UrlPrefix(prefix, OWN);
        }

        /** The vendor's own sub-protocol, served by another driver class than the vendor's. */
        public static UrlPrefix own(String prefix, String driverClass) {
            return new UrlPrefix(prefix, OWN, driverClass);
        }
    }
}
