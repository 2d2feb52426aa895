package org.apimmigrate.dialect.h2;

import java.util.List;
import org.apimmigrate.dialect.common.PrefixRecognizer;

/** Recognises H2 by JDBC URL and driver product name. */
final class H2Recognizer extends PrefixRecognizer {

    H2Recognizer() {
        super(H2Vendor.CONNECTION, List.of("h2"));
    }
}
