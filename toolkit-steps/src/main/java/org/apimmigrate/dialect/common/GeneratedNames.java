package org.apimmigrate.dialect.common;

import org.apimmigrate.api.schema.Constraint;

/**
 * Tells which constraints of the canonical model the real schema leaves unnamed. The canonical catalog shows such a
 * constraint under the name PostgreSQL chose for it ({@code <table>_pkey}, {@code <table>_<cols>_key},
 * {@code <table>_<cols>_fkey}, cut to 63 characters the way PostgreSQL cuts them); any other name was written by hand.
 */
public final class GeneratedNames {

    /** What catalog readers print, and translated models hold, for a name the engine made up. */
    public static final String SYS_GENERATED = "SYS_GENERATED";

    private static final int MAX_NAME = 63;

    private GeneratedNames() {
    }

    public static boolean isCanonicalGenerated(Constraint c) {
        String expected = switch (c.kind()) {
            case PK -> objectName(c.table(), null, "pkey");
            case UNIQUE -> objectName(c.table(), String.join("_", c.columns()), "key");
            case FK -> objectName(c.table(), String.join("_", c.columns()), "fkey");
            case CHECK -> objectName(c.table(), String.join("_", c.columns()), "check");
        };
        return expected.equalsIgnoreCase(c.name());
    }

    /** PostgreSQL's makeObjectName: shortens the longer of the two parts until the whole name fits. */
    static String objectName(String name1, String name2, String label) {
        int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
        int avail = MAX_NAME - overhead;
        int n1 = name1.length();
        int n2 = name2 == null ? 0 : name2.length();
        while (n1 + n2 > avail) {
            if (n1 > n2) {
                n1--;
            } else {
                n2--;
            }
        }
        StringBuilder out = new StringBuilder(name1.substring(0, n1));
        if (name2 != null) {
            out.append('_').append(name2, 0, n2);
        }
        return out.append('_').append(label).toString();
    }

    public static boolean isSysGenerated(String name) {
        return SYS_GENERATED.equals(name);
    }

}
