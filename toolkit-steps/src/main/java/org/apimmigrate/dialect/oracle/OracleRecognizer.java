package org.apimmigrate.dialect.oracle;

import java.util.List;
import org.apimmigrate.dialect.common.PrefixRecognizer;

/** Recognises Oracle by JDBC URL and driver product name. */
final class OracleRecognizer extends PrefixRecognizer {

    OracleRecognizer() {
        super(OracleVendor.CONNECTION, List.of("oracle"));
    }
}
