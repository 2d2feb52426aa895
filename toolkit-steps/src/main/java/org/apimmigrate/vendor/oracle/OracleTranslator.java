package org.apimmigrate.vendor.oracle;

import org.apimmigrate.vendor.common.CanonicalTranslator;

/** The canonical model in Oracle's vocabulary; rules and facts in {@code org/apimmigrate/vendor/oracle/model/}. */
final class OracleTranslator extends CanonicalTranslator {

    OracleTranslator() {
        super("oracle");
    }
}
