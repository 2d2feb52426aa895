package org.apimmigrate.verify.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The container images whose licence the user accepted explicitly, by vendor id:
 * {@code -Dapim.acceptLicenses=mssql,db2}. The MSSQL (Microsoft EULA) and DB2 (IBM licence) images only start with
 * an accepted licence, and the suite never accepts one on the user's behalf.
 */
record LicenseAcceptance(Set<String> vendorIds) {

    static final String PROPERTY = "apim.acceptLicenses";

    static LicenseAcceptance fromSystemProperties() {
        return parse(System.getProperty(PROPERTY, ""));
    }

    static LicenseAcceptance parse(String commaList) {
        return new LicenseAcceptance(Arrays.stream(commaList.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
    }

    boolean accepted(String vendorId) {
        return vendorIds.contains(vendorId);
    }
}
