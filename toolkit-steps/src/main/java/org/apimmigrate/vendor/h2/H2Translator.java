package org.apimmigrate.vendor.h2;

import org.apimmigrate.vendor.common.CanonicalTranslator;

/** The canonical model in H2's vocabulary; rules in {@code org/apimmigrate/vendor/h2/model/}. */
final class H2Translator extends CanonicalTranslator {

    H2Translator() {
        super("h2");
    }
}
