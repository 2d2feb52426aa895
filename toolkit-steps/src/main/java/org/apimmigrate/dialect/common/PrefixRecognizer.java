package org.apimmigrate.dialect.common;

import java.util.List;
import java.util.Locale;
import org.apimmigrate.api.dialect.ConnectionFacts;
import org.apimmigrate.api.dialect.VendorRecognizer;

/** Recognises a vendor by the JDBC URL prefixes of its connection facts and by words in the product name its driver reports. */
public class PrefixRecognizer implements VendorRecognizer {

    private final ConnectionFacts connection;
    private final List<String> productWords;

    protected PrefixRecognizer(ConnectionFacts connection, List<String> productWords) {
        this.connection = connection;
        this.productWords = productWords;
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        return connection.claim(jdbcUrl) != null;
    }

    @Override
    public boolean acceptsProduct(String databaseProductName) {
        if (databaseProductName == null) {
            return false;
        }
        String product = databaseProductName.toLowerCase(Locale.ROOT);
        return productWords.stream().anyMatch(product::contains);
    }
}
