package org.apimmigrate.api.dialect;

/** Tells whether a JDBC URL or a connected database belongs to this vendor. */
public interface VendorRecognizer {

    /** True when the JDBC URL is one of this vendor's (one of its {@link ConnectionFacts#urlPrefixes()}). */
    boolean acceptsUrl(String jdbcUrl);

    /** True when {@code DatabaseMetaData.getDatabaseProductName()} names this vendor. */
    boolean acceptsProduct(String databaseProductName);
}
