package org.apimmigrate.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.schema.change.SchemaChange;

/**
 * The user's views against what the upgrade changes. A view that reads a table the upgrade drops, or a column it
 * drops, renames or gives another definition, would make some engines refuse the change half-way (a column a view
 * reads cannot be dropped or retyped) and leave the view broken on others (views there resolve names when queried).
 * So such views are found before anything changes; views over anything else are left as they are.
 *
 * <p>A view's dependencies are read from its definition text, the same way for every vendor: a view depends on a
 * table its definition names, and on a column of it that its definition names or that a {@code *} may take in. That
 * is conservative (a name in a string literal or an alias counts too) and needs no view-dependency catalog, which
 * some engines and versions lack. A definition the catalog does not show (no right to see it, or an encrypted view)
 * counts as reading anything.
 */
public final class UserViews {

    private UserViews() {
    }

    /** A change a view reading the object cannot survive: a whole table (column null) or one column of it. */
    public record Change(String table, String column, String what) {

        public static Change ofTable(String table, String what) {
            return new Change(table, null, what);
        }

        String object() {
            return column == null ? table : table + "." + column;
        }
    }

    /** A view of the user's that reads what a change removes or redefines; change null: its definition is unknown. */
    public record Conflict(String view, Change change) {

        public String describe() {
            return change == null
                    ? "view " + view + " (its definition cannot be read, so it may read any table the upgrade changes)"
                    : "view " + view + " reads " + change.object() + " (" + change.what() + ")";
        }
    }

    /** The changes among a plan's that remove or redefine a table or column (new objects, keys, rows: none). */
    public static List<Change> breaking(List<SchemaChange> changes) {
        List<Change> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            breaking(c).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Change> breaking(SchemaChange c) {
        if (c instanceof SchemaChange.DropTable d) {
            return Optional.of(Change.ofTable(d.table(), d.describe()));
        }
        if (c instanceof SchemaChange.DropColumn d) {
            return Optional.of(new Change(d.table(), d.column().name(), d.describe()));
        }
        if (c instanceof SchemaChange.RenameColumn r) {
            return Optional.of(new Change(r.table(), r.from().name(), r.describe()));
        }
        if (c instanceof SchemaChange.AlterColumn a) {
            // any alteration: an engine that binds views to their columns' definitions refuses even a widening
            return Optional.of(new Change(a.table(), a.from().name(), a.describe()));
        }
        return Optional.empty();
    }

    /** Every view of the live schema that reads what one of the changes removes or redefines, once per change. */
    public static List<Conflict> conflicts(Snapshot live, List<Change> changes) {
        List<Conflict> out = new ArrayList<>();
        if (changes.isEmpty()) {
            return out;
        }
        for (SnapshotLine view : views(live)) {
            String name = view.fields().get(0);
            String definition = view.fields().get(1);
            if (definition.isBlank()) {
                out.add(new Conflict(name, null));
                continue;
            }
            changes.stream().filter(c -> reads(definition, c)).forEach(c -> out.add(new Conflict(name, c)));
        }
        return out;
    }

    /** The VIEW lines of a snapshot. */
    public static List<SnapshotLine> views(Snapshot live) {
        return live.lines().stream().filter(l -> l.kind() == SnapshotLine.Kind.VIEW).toList();
    }

    static boolean reads(String definition, Change change) {
        if (!names(definition, change.table())) {
            return false;
        }
        return change.column() == null || names(definition, change.column()) || definition.contains("*");
    }

    /** Whether the text names the identifier: as a whole word, any case, quoted or not, qualified or not. */
    static boolean names(String text, String identifier) {
        return Pattern.compile("(?<![A-Za-z0-9_$#])" + Pattern.quote(identifier) + "(?![A-Za-z0-9_$#])",
                Pattern.CASE_INSENSITIVE).matcher(text).find();
    }
}
