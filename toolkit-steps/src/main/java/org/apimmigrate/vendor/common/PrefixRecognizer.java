package org.apimmigrate.vendor.common;

import java.util.List;
import java.util.Locale;
import org.apimmigrate.api.vendor.VendorRecognizer;

/** Recognises a vendor by JDBC URL prefixes and by words in the product name its driver reports. */
public class PrefixRecognizer implements VendorRecognizer {

    private final List<String> urlPrefixes;
    private final List<String> productWords;

    protected PrefixRecognizer(List<String> urlPrefixes, List<String> productWords) {
        this.urlPrefixes = urlPrefixes;
        this.productWords = productWords;
    }

    @Override
    public boolean acceptsUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        String url = jdbcUrl.strip().toLowerCase(Locale.ROOT);
        return urlPrefixes.stream().anyMatch(url::startsWith);
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
