package org.apimmigrate.vendor.db2;

import org.apimmigrate.vendor.common.CanonicalTranslator;

/** The canonical model in DB2's vocabulary; rules and facts in {@code org/apimmigrate/vendor/db2/model/}. */
final class Db2Translator extends CanonicalTranslator {

    Db2Translator() {
        super("db2");
    }
}
