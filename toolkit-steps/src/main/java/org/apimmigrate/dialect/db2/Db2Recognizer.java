package org.apimmigrate.dialect.db2;

import java.util.List;
import org.apimmigrate.dialect.common.PrefixRecognizer;

/** Recognises IBM Db2 by JDBC URL and driver product name. */
final class Db2Recognizer extends PrefixRecognizer {

    Db2Recognizer() {
        super(Db2Vendor.CONNECTION, List.of("db2"));
    }
}
