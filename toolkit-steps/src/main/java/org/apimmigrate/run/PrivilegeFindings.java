package org.apimmigrate.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.dialect.CatalogReader.MissingPrivilege;

/** Turns the privileges a user lacks into one blocker per database, short enough to read on a console. */
public final class PrivilegeFindings {

    private static final int NAMED_OBJECTS = 5;

    private PrivilegeFindings() {
    }

    static Optional<Finding> of(String databaseLabel, List<MissingPrivilege> missing) {
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.blocker(FindingCode.MISSING_PRIVILEGE,
                databaseLabel + ": the connected user lacks privileges the migration uses: "
                        + String.join("; ", summarise(missing)) + ".",
                "Grant them to this user (or connect as the schema's owner), then run the same command again; "
                        + "nothing was changed. No administrator or superuser rights are needed beyond these."));
    }

    /** One entry per privilege and kind of object, many objects folded: "OWNER on 180 tables (AM_API, ...)". */
    public static List<String> summarise(List<MissingPrivilege> missing) {
        // "OWNER on table AM_API", "OWNER on table AM_APPLICATION" -> "OWNER on 2 tables (AM_API, AM_APPLICATION)"
        Map<String, List<String>> byPrivilegeAndKind = new LinkedHashMap<>();
        for (MissingPrivilege m : missing) {
            String[] kindAndName = m.object().split(" ", 2);
            String kind = kindAndName.length == 2 ? kindAndName[0] : "";
            String name = kindAndName.length == 2 ? kindAndName[1] : m.object();
            byPrivilegeAndKind.computeIfAbsent(m.privilege() + "\u0000" + kind, k -> new ArrayList<>()).add(name);
        }
        List<String> parts = new ArrayList<>();
        byPrivilegeAndKind.forEach((key, names) -> {
            String[] pk = key.split("\u0000", 2);
            String objects = names.size() == 1 ? (pk[1] + " " + names.get(0)).strip()
                    : names.size() + " " + pk[1] + "s (" + String.join(", ", names.subList(0,
                    Math.min(NAMED_OBJECTS, names.size()))) + (names.size() > NAMED_OBJECTS ? ", ..." : "") + ")";
            parts.add(pk[0] + " on " + objects);
        });
        return parts;
    }
}
