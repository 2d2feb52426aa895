package org.apimmigrate.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.schema.plan.PlanHints;
import org.apimmigrate.dialect.common.SqlResource;

/**
 * What a phase changes in the data on purpose: the tables whose rows it removes (and the rows among them that must
 * stay, {@code org/apimmigrate/fingerprint/by-design.txt}), the tables it empties and the columns it renames (the
 * schema hints). Everything else must come out of the phase exactly as it went in.
 */
public final class ByDesign {

    /** A table whose rows the phase removes on purpose. */
    public record Removal(Phase phase, String table, String keep, String why) {
        public Optional<String> keptRows() {
            return keep.equals("-") ? Optional.empty() : Optional.of(keep);
        }
    }

    static final PlanHints AM_HINTS = PlanHints.fromResource("org/apimmigrate/steps/am-db-schema-upgrade/hints.txt");
    private static final List<Removal> REMOVALS = read();

    private ByDesign() {
    }

    private static List<Removal> read() {
        List<Removal> out = new ArrayList<>();
        for (String line : SqlResource.read("org/apimmigrate/fingerprint/by-design.txt").split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\|", 4);
            out.add(new Removal(Phase.fromCliName(f[0]), f[1], f[2], f[3]));
        }
        return List.copyOf(out);
    }

    public static Optional<Removal> removal(Phase phase, String table) {
        return REMOVALS.stream().filter(r -> r.phase() == phase && r.table().equalsIgnoreCase(table)).findFirst();
    }

    /** The tables the pre-client phase empties (3.2.0 gateway artifacts WSO2's client writes anew). */
    public static Optional<String> emptied(Phase phase, String table) {
        if (phase != Phase.PRE_CLIENT) {
            return Optional.empty();
        }
        return AM_HINTS.emptied().stream().filter(o -> o.name().equalsIgnoreCase(table)).map(PlanHints.Owned::reason)
                .findFirst();
    }

    /** The name a column has after the phase (renamed by the schema upgrade, else the same). */
    public static String renamed(Phase phase, String table, String column) {
        if (phase != Phase.PRE_CLIENT) {
            return column;
        }
        return AM_HINTS.renames().stream().filter(r -> r.table().equalsIgnoreCase(table)
                        && r.from().equalsIgnoreCase(column)).map(r -> sameCase(column, r.to())).findFirst()
                .orElse(column);
    }

    private static String sameCase(String like, String name) {
        return like.equals(like.toLowerCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
