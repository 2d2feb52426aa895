package org.apimmigrate.schema.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.finding.Finding;
import org.apimmigrate.api.finding.FindingCode;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.Index;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.Trigger;
import org.apimmigrate.api.schema.change.SchemaChange;
import org.apimmigrate.api.schema.change.SchemaChange.AddColumn;
import org.apimmigrate.api.schema.change.SchemaChange.AddConstraint;
import org.apimmigrate.api.schema.change.SchemaChange.AlterColumn;
import org.apimmigrate.api.schema.change.SchemaChange.CreateFunction;
import org.apimmigrate.api.schema.change.SchemaChange.CreateIndex;
import org.apimmigrate.api.schema.change.SchemaChange.CreateSequence;
import org.apimmigrate.api.schema.change.SchemaChange.CreateTable;
import org.apimmigrate.api.schema.change.SchemaChange.CreateTrigger;
import org.apimmigrate.api.schema.change.SchemaChange.DropColumn;
import org.apimmigrate.api.schema.change.SchemaChange.DropConstraint;
import org.apimmigrate.api.schema.change.SchemaChange.DropIndex;
import org.apimmigrate.api.schema.change.SchemaChange.DropSequence;
import org.apimmigrate.api.schema.change.SchemaChange.DropTable;
import org.apimmigrate.api.schema.change.SchemaChange.DropTrigger;
import org.apimmigrate.api.schema.change.SchemaChange.EmptyTable;
import org.apimmigrate.api.schema.change.SchemaChange.RenameColumn;
import org.apimmigrate.api.dialect.Capabilities;
import org.apimmigrate.dialect.common.IdGeneration;

/**
 * Declarative schema upgrade: compares a live schema with its target model and plans the changes, in an order every
 * vendor accepts. Re-running on the result plans nothing, and a run that died part-way is simply planned again from
 * what is there, so idempotence and resumption come by construction.
 *
 * <p>Only objects of the source or target model are managed; anything else in the schema (the toolkit's own journal,
 * a customer's tables) is left alone. Where a change would discard data, the plan carries a blocker instead, unless a
 * hint says why the data may go.
 */
public final class SchemaPlanner {

    /** The order changes run in: every stage only depends on stages before it. */
    enum Stage {
        DROP_TRIGGERS, DROP_FOREIGN_KEYS, DROP_KEYS_AND_INDEXES, EMPTY_TABLES, DROP_TABLES, CREATE_SEQUENCES,
        RENAME_COLUMNS, DROP_COLUMNS, ALTER_COLUMNS, CREATE_TABLES, ADD_KEYS, DROP_OLD_KEY_COLUMNS, CREATE_INDEXES,
        ADD_FOREIGN_KEYS, CREATE_TRIGGERS, DROP_SEQUENCES
    }

    /**
     * Names the unique key that stands for a primary key while it is redefined; it carries the toolkit's prefix, so
     * checks leave it out, and a run that died with it in place drops it when planned again.
     */
    static final String TEMPORARY_KEY_PREFIX = "APIM_MIGRATE_KEY_";

    private static final Pattern CHAR_LENGTH = Pattern.compile("(?i).*char.*?\\((\\d+)\\).*");

    private final SchemaModel source;
    private final SchemaModel target;
    private final PlanHints hints;
    private final Set<String> options;
    private final Capabilities capabilities;

    /** A target constraint as the plan adds it once: what it is on, what it is, and what it is called. */
    private record ConstraintKey(String table, Constraint.Kind kind, String definition, String name) {
        static ConstraintKey of(Constraint c) {
            return new ConstraintKey(c.table(), c.kind(), c.definition(), c.name());
        }
    }

    /**
     * @param source       the model the upgrade starts from (defines which existing objects are ours to change)
     * @param target       the model to reach
     * @param options      enabled optional drops (see {@link PlanHints.OptionalDrop})
     * @param capabilities the vendor's: where foreign keys need an index (MySQL), a key or index that serves a
     *                     foreign key of its own table is dropped with that foreign key out of the way; where DDL
     *                     commits per statement, no table is left without a key between two statements
     */
    public SchemaPlanner(SchemaModel source, SchemaModel target, PlanHints hints, Set<String> options,
                         Capabilities capabilities) {
        this.source = source;
        this.target = target;
        this.hints = hints;
        this.options = Set.copyOf(options);
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    }

    public SchemaPlan plan(SchemaModel live, DataProbe probe) {
        return new Run(live, probe).plan();
    }

    /** One planning pass: collects changes per stage and blockers. */
    private final class Run {
        private final SchemaModel live;
        private final DataProbe probe;
        private final Map<Stage, List<SchemaChange>> stages = new EnumMap<>(Stage.class);
        private final List<Finding> blockers = new ArrayList<>();
        private final Set<String> leftAlone = new LinkedHashSet<>();
        private final Set<Constraint> droppedLive = new java.util.HashSet<>();
        private final Set<ConstraintKey> plannedTargetConstraints = new java.util.HashSet<>();

        Run(SchemaModel live, DataProbe probe) {
            this.live = live;
            this.probe = probe;
        }

        SchemaPlan plan() {
            sequences();
            for (Table t : target.tablesInDependencyOrder()) {
                if (hints.isOwnedTable(t.name())) {
                    hints.ownedTables().stream().filter(o -> o.name().equals(t.name())).findFirst()
                            .ifPresent(o -> leftAlone.add(t.name() + ": " + o.reason()));
                    continue;
                }
                Optional<Table> existing = live.findTable(t.name());
                if (existing.isEmpty()) {
                    createTable(t);
                } else {
                    alignTable(existing.get(), t);
                }
            }
            for (Table t : live.tables()) {
                if (target.findTable(t.name()).isEmpty() && source.findTable(t.name()).isPresent()) {
                    tableNotInTarget(t);
                }
            }
            for (String fn : target.functions()) {
                if (!live.functions().contains(fn)) {
                    add(Stage.CREATE_SEQUENCES, new CreateFunction(fn));
                }
            }
            keepTablesKeyed();
            // tables were visited parents first; rows must go children first
            java.util.Collections.reverse(stages.getOrDefault(Stage.EMPTY_TABLES, new ArrayList<>()));
            List<SchemaChange> ordered = new ArrayList<>();
            for (Stage s : Stage.values()) {
                ordered.addAll(stages.getOrDefault(s, List.of()));
            }
            return new SchemaPlan(dedupe(ordered), List.copyOf(blockers), List.copyOf(leftAlone));
        }

        private List<SchemaChange> dedupe(List<SchemaChange> changes) {
            return List.copyOf(new LinkedHashSet<>(changes));
        }

        private void add(Stage stage, SchemaChange change) {
            stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(change);
        }

        private void sequences() {
            Set<String> reused = sequencesOfReusedGenerators(live);
            for (String seq : target.sequences()) {
                if (ownedElsewhere(seq) || reused.contains(seq)) {
                    continue;
                }
                if (!live.sequences().contains(seq)) {
                    add(Stage.CREATE_SEQUENCES, new CreateSequence(seq));
                }
            }
            for (String seq : live.sequences()) {
                if (!target.sequences().contains(seq) && source.sequences().contains(seq) && !stays(seq)) {
                    add(Stage.DROP_SEQUENCES, new DropSequence(seq));
                }
            }
        }

        /** A sequence of a table the plan does not drop (kept, or left for an option) stays with it. */
        private boolean stays(String sequence) {
            return fedTable(sequence).filter(t -> target.findTable(t).isEmpty())
                    .map(t -> hints.isKept(t) || hints.optionalDrop(t, options).isEmpty()).orElse(false);
        }

        private void createTable(Table t) {
            add(Stage.CREATE_TABLES, new CreateTable(t));
            for (Constraint c : t.constraints()) {
                if (c.kind() == Constraint.Kind.PK) {
                    continue;
                }
                addConstraint(c, 0);
            }
            t.indexes().forEach(i -> add(Stage.CREATE_INDEXES, new CreateIndex(i)));
            t.triggers().stream().map(Trigger::name).distinct().forEach(n -> add(Stage.CREATE_TRIGGERS,
                    new CreateTrigger(t.triggers().stream().filter(tr -> tr.name().equals(n)).findFirst()
                            .orElseThrow(), t)));
        }

        private void tableNotInTarget(Table t) {
            if (hints.isKept(t.name())) {
                hints.kept().stream().filter(o -> o.name().equals(t.name())).findFirst()
                        .ifPresent(o -> leftAlone.add(t.name() + ": " + o.reason()));
                return;
            }
            Optional<PlanHints.OptionalDrop> drop = hints.optionalDrop(t.name(), options);
            if (drop.isPresent()) {
                for (Table other : live.tables()) {
                    for (Constraint fk : other.constraints(Constraint.Kind.FK)) {
                        if (fk.refTable().equals(t.name()) && !other.name().equals(t.name())) {
                            dropConstraint(fk);
                        }
                    }
                }
                add(Stage.DROP_TABLES, new DropTable(t.name(), probe.rowCount(t.name()), drop.get().reason()));
                return;
            }
            Optional<PlanHints.OptionalDrop> offered = hints.optionalDrop(t.name());
            if (offered.isPresent()) {
                leftAlone.add(t.name() + ": " + offered.get().reason() + " (kept; drop it with --"
                        + offered.get().option() + ")");
                return;
            }
            blockers.add(Finding.blocker(FindingCode.TABLE_NOT_IN_TARGET, "Table " + t.name()
                    + " is not part of the target schema and holds data the toolkit will not discard.",
                    "Back it up and drop it yourself if it is no longer needed, then run again."));
        }

        private void alignTable(Table liveTable, Table t) {
            String table = t.name();
            // rows are discarded only while the table still has its old shape: once reshaped (e.g. after the first
            // phase) it holds rows WSO2's migration client wrote, which must stay
            boolean emptied = hints.isEmptied(table) && !sameColumns(liveTable, t);
            if (emptied && probe.rowCount(table) > 0) {
                String reason = hints.emptied().stream().filter(o -> o.name().equals(table)).findFirst()
                        .map(PlanHints.Owned::reason).orElse("");
                add(Stage.EMPTY_TABLES, new EmptyTable(table, reason));
            }
            Map<String, Column> effective = new HashMap<>();
            liveTable.columns().forEach(c -> effective.put(c.name(), c));
            Map<String, String> renamed = new HashMap<>();
            for (PlanHints.Rename r : hints.renames()) {
                if (r.table().equals(table) && effective.containsKey(r.from()) && !effective.containsKey(r.to())
                        && t.column(r.to()).isPresent()) {
                    Column from = effective.remove(r.from());
                    Column to = new Column(table, r.to(), from.type(), from.nullable(), from.defaultValue());
                    add(Stage.RENAME_COLUMNS, new RenameColumn(from, to));
                    effective.put(r.to(), to);
                    renamed.put(r.from(), r.to());
                }
            }
            List<String> reshaped = new ArrayList<>();
            for (Column wanted : t.columns()) {
                Column lc = effective.get(wanted.name());
                Column c = withLiveGenerator(withDeferredNullability(wanted, lc), lc, liveTable);
                if (lc == null) {
                    addColumn(c, emptied);
                } else if (!sameColumn(lc, c)) {
                    alterColumn(lc, c, emptied);
                    // keys and indexes over a column whose type or nullability changes are rebuilt around the change:
                    // some vendors (SQL Server) alter no column a key, index or foreign key depends on
                    if (!lc.type().equals(c.type()) || lc.nullable() != c.nullable()) {
                        reshaped.add(c.name());
                    }
                }
            }
            for (Column lc : effective.values()) {
                if (t.column(lc.name()).isEmpty()) {
                    if (inSource(table, s -> s.column(lc.name()).isPresent())) {
                        dropColumn(lc, emptied);
                    } else {
                        leftAlone.add(table + "." + lc.name() + ": a column WSO2's schema does not have (kept)");
                    }
                }
            }
            alignConstraints(liveTable, t, renamed, reshaped);
            alignIndexes(liveTable, t, reshaped);
            alignTriggers(liveTable, t);
        }

        /**
         * A column of a deferred constraint stays nullable until that constraint's step: where a vendor wants key
         * columns NOT NULL, the NOT NULL can only come once the data the key needs is there.
         */
        private Column withDeferredNullability(Column target, Column liveColumn) {
            boolean stillNullable = liveColumn == null || liveColumn.nullable();
            return !target.nullable() && stillNullable && hints.deferredColumns(target.table()).contains(target.name())
                    ? target.withNullable(true) : target;
        }

        /**
         * Where the model's column generates its own ids (identity) and the live table generates them another way
         * (a trigger under any name, or another identity spelling), the live generator stays: no engine turns a
         * column into an identity in place, and a second generator would start again at 1.
         */
        private Column withLiveGenerator(Column target, Column liveColumn, Table liveTable) {
            if (liveColumn == null || !IdGeneration.generatesItself(target)
                    || Objects.equals(liveColumn.defaultValue(), target.defaultValue())
                    || !IdGeneration.hasGenerator(liveTable)) {
                return target;
            }
            if (!IdGeneration.generatesItself(liveColumn)
                    && liveTable.triggers().stream().noneMatch(tr -> IdGeneration.TIMING.equals(tr.timingAndEvent()))) {
                return target;
            }
            return target.withDefault(liveColumn.defaultValue());
        }

        private boolean sameColumns(Table a, Table b) {
            return a.columns().size() == b.columns().size() && b.columns().stream()
                    .allMatch(c -> a.column(c.name()).map(lc -> sameColumn(lc, c)).orElse(false));
        }

        private boolean sameColumn(Column a, Column b) {
            return a.type().equals(b.type()) && a.nullable() == b.nullable()
                    && Objects.equals(a.defaultValue(), b.defaultValue());
        }

        private void addColumn(Column c, boolean emptied) {
            if (!c.nullable() && !c.hasDefault() && !emptied && probe.rowCount(c.table()) > 0) {
                blockers.add(Finding.blocker(FindingCode.NOT_NULL_COLUMN_WITHOUT_DEFAULT, "Column " + c.table() + "."
                        + c.name() + " must be added NOT NULL without a default, but " + c.table() + " has rows.",
                        "Report this: the target schema cannot be reached without a value for existing rows."));
            }
            add(Stage.ALTER_COLUMNS, new AddColumn(c));
        }

        private void alterColumn(Column from, Column to, boolean emptied) {
            boolean hasData = !emptied && probe.valueCount(from.table(), from.name()) > 0;
            if (!from.type().equals(to.type()) && hasData) {
                Optional<Long> fromLength = charLength(from.type());
                Optional<Long> toLength = charLength(to.type());
                if (fromLength.isPresent() && toLength.isPresent()) {
                    if (toLength.get() < fromLength.get()) {
                        long longest = probe.maxLength(from.table(), from.name());
                        if (longest > toLength.get()) {
                            blockers.add(Finding.blocker(FindingCode.VALUES_TOO_LONG, from.table() + "." + from.name()
                                    + " must shrink to " + to.type() + " but holds values of up to " + longest
                                    + " characters.", "Shorten or remove those values, then run again."));
                        }
                    }
                } else {
                    blockers.add(Finding.blocker(FindingCode.RETYPE_WOULD_CONVERT_DATA, from.table() + "." + from.name()
                            + " holds data and would change type from " + from.type() + " to " + to.type()
                            + "; the toolkit does not convert such data.", "Report this case."));
                }
            }
            if (from.nullable() && !to.nullable() && !emptied && probe.nullCount(from.table(), from.name()) > 0) {
                blockers.add(Finding.blocker(FindingCode.NULLS_IN_NOT_NULL_COLUMN, from.table() + "." + from.name()
                        + " must become NOT NULL but has rows where it is NULL.",
                        "Fill those values, then run again."));
            }
            add(Stage.ALTER_COLUMNS, new AlterColumn(from, to));
        }

        private void dropColumn(Column c, boolean emptied) {
            if (emptied || probe.valueCount(c.table(), c.name()) == 0) {
                add(Stage.DROP_COLUMNS, new DropColumn(c, emptied ? "the table's rows are rebuilt"
                        : "the column holds no data"));
            } else {
                blockers.add(Finding.blocker(FindingCode.COLUMN_NOT_IN_TARGET, "Column " + c.table() + "." + c.name()
                        + " is not part of the target schema and holds data the toolkit will not discard.",
                        "Back the values up and clear them (or drop the column) if they are no longer needed."));
            }
        }

        /**
         * Pairs live constraints with the model's by kind and definition (columns, referenced table and columns,
         * rules), one to one, so that two keys with the same engine-made name ({@code SYS_GENERATED}) are never
         * taken for each other; a live key drops as itself, which the vendor looks up by that definition.
         */
        private void alignConstraints(Table liveTable, Table t, Map<String, String> renamed, List<String> reshaped) {
            Map<Constraint, Constraint> originals = new java.util.LinkedHashMap<>();
            liveTable.constraints().forEach(c -> originals.putIfAbsent(renameColumns(c, renamed), c));
            List<Constraint> unpaired = new ArrayList<>(originals.keySet());
            for (Constraint c : t.constraints()) {
                Optional<Constraint> match = unpaired.stream().filter(l -> same(l, c)).findFirst();
                match.ifPresent(unpaired::remove);
                if (hints.isDeferred(c.table(), c.kind().name(), "(" + String.join(",", c.columns()) + ")")) {
                    continue;
                }
                boolean touchesReshaped = c.columns().stream().anyMatch(reshaped::contains);
                if (match.isEmpty()) {
                    addConstraint(c, probe.rowCount(c.table()));
                } else if (touchesReshaped) {
                    dropConstraint(originals.get(match.get()));
                    addConstraint(c, 0);
                }
            }
            for (Constraint l : unpaired) {
                if (isTemporaryKey(l)) {
                    continue; // see keepTablesKeyed
                }
                boolean known = inSource(t.name(), s -> s.constraints().stream().anyMatch(c -> sameShape(l, c)))
                        || t.constraints().stream().anyMatch(c -> sameShape(l, c));
                if (known) {
                    dropConstraint(originals.get(l));
                } else {
                    leftAlone.add(t.name() + ": " + l.kind() + " " + l.definition() + " " + l.name()
                            + " is not part of WSO2's schema (kept)");
                }
            }
            // foreign keys of other tables that point at reshaped columns of this one must be rebuilt around the change
            if (!reshaped.isEmpty()) {
                for (Table other : live.tables()) {
                    for (Constraint fk : other.constraints(Constraint.Kind.FK)) {
                        if (fk.refTable().equals(t.name()) && fk.refColumns().stream().anyMatch(reshaped::contains)) {
                            rebuildForeignKey(fk);
                        }
                    }
                }
            }
        }

        /**
         * Where every DDL statement commits, no table is left without a key between two statements: a primary key
         * that is dropped and defined anew is first doubled by a temporary unique key over its columns, which goes
         * right after the new primary key is in place; columns of the old key the plan drops go after that. A
         * temporary key a stopped run left behind goes the same way (after the new primary key, or at once if that is
         * there already).
         */
        private void keepTablesKeyed() {
            if (capabilities.transactionalDdl() || !capabilities.uniqueOverPrimaryKeyColumns()) {
                return;
            }
            for (Table liveTable : live.tables()) {
                String table = liveTable.name();
                Optional<SchemaChange> newKey = primaryKeyChange(Stage.ADD_KEYS, table);
                Optional<SchemaChange> oldKeyDrop = primaryKeyChange(Stage.DROP_KEYS_AND_INDEXES, table);
                Optional<Constraint> temporary = liveTable.constraints(Constraint.Kind.UNIQUE).stream()
                        .filter(this::isTemporaryKey).findFirst();
                if (temporary.isEmpty() && oldKeyDrop.isPresent() && newKey.isPresent()) {
                    Constraint k = Constraint.unique(table, temporaryKeyName(table),
                            ((DropConstraint) oldKeyDrop.get()).constraint().columns());
                    insert(Stage.DROP_KEYS_AND_INDEXES, oldKeyDrop.get(), 0, new AddConstraint(k));
                    temporary = Optional.of(withPlannedRenames(k));
                }
                if (temporary.isEmpty()) {
                    continue;
                }
                Constraint k = temporary.get();
                if (newKey.isEmpty()) {
                    add(Stage.DROP_KEYS_AND_INDEXES, new DropConstraint(k));
                    continue;
                }
                insert(Stage.ADD_KEYS, newKey.get(), 1, new DropConstraint(k));
                List<SchemaChange> dropColumns = stages.getOrDefault(Stage.DROP_COLUMNS, new ArrayList<>());
                List<SchemaChange> keyColumns = dropColumns.stream().filter(c -> c instanceof DropColumn d
                        && d.table().equals(table) && k.columns().contains(d.column().name())).toList();
                dropColumns.removeAll(keyColumns);
                keyColumns.forEach(c -> add(Stage.DROP_OLD_KEY_COLUMNS, c));
            }
        }

        private Optional<SchemaChange> primaryKeyChange(Stage stage, String table) {
            return stages.getOrDefault(stage, List.of()).stream().filter(c -> table.equals(c.table())
                    && (c instanceof AddConstraint a && a.constraint().kind() == Constraint.Kind.PK
                    || c instanceof DropConstraint d && d.constraint().kind() == Constraint.Kind.PK)).findFirst();
        }

        /** Puts {@code change} before ({@code offset} 0) or after (1) {@code anchor} in its stage. */
        private void insert(Stage stage, SchemaChange anchor, int offset, SchemaChange change) {
            List<SchemaChange> changes = stages.get(stage);
            changes.add(changes.indexOf(anchor) + offset, change);
        }

        /** The key as it stands once the plan's renames of its table's columns have run. */
        private Constraint withPlannedRenames(Constraint c) {
            Map<String, String> renamed = new HashMap<>();
            stages.getOrDefault(Stage.RENAME_COLUMNS, List.of()).stream().map(RenameColumn.class::cast)
                    .filter(r -> r.table().equals(c.table()))
                    .forEach(r -> renamed.put(r.from().name(), r.to().name()));
            return renameColumns(c, renamed);
        }

        private boolean isTemporaryKey(Constraint c) {
            return c.kind() == Constraint.Kind.UNIQUE && c.name().equalsIgnoreCase(temporaryKeyName(c.table()));
        }

        private String temporaryKeyName(String table) {
            String name = TEMPORARY_KEY_PREFIX + table;
            return name.substring(0, Math.min(name.length(), capabilities.maxIdentifierLength()));
        }

        private Constraint renameColumns(Constraint c, Map<String, String> renamed) {
            if (renamed.isEmpty()) {
                return c;
            }
            List<String> cols = c.columns().stream().map(n -> renamed.getOrDefault(n, n)).toList();
            return new Constraint(c.table(), c.kind(), cols, c.name(), c.refTable(), c.refColumns(), c.onUpdate(),
                    c.onDelete(), c.check());
        }

        /** Same kind and columns (and reference), whatever the name: the same key under another name. */
        private boolean sameShape(Constraint a, Constraint b) {
            return a.kind() == b.kind() && a.columns().equals(b.columns())
                    && Objects.equals(a.refTable(), b.refTable()) && a.refColumns().equals(b.refColumns());
        }

        private boolean inSource(String table, java.util.function.Predicate<Table> test) {
            return source.findTable(table).map(test::test).orElse(false);
        }

        private boolean same(Constraint a, Constraint b) {
            return a.kind() == b.kind() && a.definition().equals(b.definition()) && a.name().equals(b.name());
        }

        private void dropConstraint(Constraint c) {
            if (!droppedLive.add(c)) {
                return;
            }
            if (c.kind() == Constraint.Kind.PK || c.kind() == Constraint.Kind.UNIQUE) {
                // foreign keys that rely on this key must go first and come back after
                for (Table other : live.tables()) {
                    for (Constraint fk : other.constraints(Constraint.Kind.FK)) {
                        if (fk.refTable().equals(c.table()) && fk.refColumns().equals(c.columns())) {
                            rebuildForeignKey(fk);
                        }
                    }
                }
            }
            if (c.kind() != Constraint.Kind.FK) {
                setForeignKeysAside(c.table(), c.columns());
            }
            add(c.kind() == Constraint.Kind.FK ? Stage.DROP_FOREIGN_KEYS : Stage.DROP_KEYS_AND_INDEXES,
                    new SchemaChange.DropConstraint(c));
        }

        private void dropIndex(Index index) {
            setForeignKeysAside(index.table(), index.columns());
            add(Stage.DROP_KEYS_AND_INDEXES, new DropIndex(index));
        }

        /** Where foreign keys need an index, those of the table served by these columns go and come back after. */
        private void setForeignKeysAside(String table, List<String> indexColumns) {
            if (!capabilities.foreignKeysNeedIndex()) {
                return;
            }
            live.findTable(table).ifPresent(t -> t.constraints(Constraint.Kind.FK).stream()
                    .filter(fk -> indexColumns.size() >= fk.columns().size()
                            && indexColumns.subList(0, fk.columns().size()).equals(fk.columns()))
                    .forEach(this::rebuildForeignKey));
        }

        /** A live foreign key goes, and its twin in the target (same kind, definition and name) comes back after. */
        private void rebuildForeignKey(Constraint fk) {
            dropConstraint(fk);
            target.findTable(fk.table()).flatMap(tt -> tt.constraints().stream().filter(tc -> same(fk, tc))
                    .findFirst()).ifPresent(tc -> addConstraint(tc, 0));
        }

        private void addConstraint(Constraint c, long rows) {
            if (!plannedTargetConstraints.add(ConstraintKey.of(c))) {
                return;
            }
            if (rows > 0 && !hints.isEmptied(c.table())) {
                guardConstraint(c);
            }
            add(c.kind() == Constraint.Kind.FK ? Stage.ADD_FOREIGN_KEYS : Stage.ADD_KEYS, new AddConstraint(c));
        }

        /**
         * Checks the rows as they are now: columns a rename has not moved yet are read under their old name, and
         * columns the plan adds (all NULL or one default value) drop out of the check.
         */
        private void guardConstraint(Constraint c) {
            List<String> present = presentColumns(c.table(), c.columns());
            if (present.isEmpty()) {
                return;
            }
            switch (c.kind()) {
                case PK, UNIQUE -> {
                    long dups = probe.duplicateGroups(c.table(), present);
                    if (dups > 0) {
                        blockers.add(Finding.blocker(FindingCode.DUPLICATES_BLOCK_KEY, c.table() + " has " + dups
                                + " duplicated value(s) of (" + String.join(", ", present) + "), so the "
                                + c.kind() + " key the target schema has cannot be added.",
                                "Remove the duplicates (keep one row of each), then run again."));
                    }
                }
                case FK -> {
                    if (present.size() != c.columns().size() || live.findTable(c.refTable()).isEmpty()) {
                        return;
                    }
                    long orphans = probe.orphans(c.table(), present, c.refTable(),
                            presentColumns(c.refTable(), c.refColumns()));
                    if (orphans > 0) {
                        blockers.add(Finding.blocker(FindingCode.ORPHANS_BLOCK_FOREIGN_KEY, c.table() + " has " + orphans
                                + " row(s) whose (" + String.join(", ", c.columns()) + ") match no row of "
                                + c.refTable() + ".", "Fix or remove those rows, then run again."));
                    }
                }
                default -> {
                    // checks are new-table only in the known schemas
                }
            }
        }

        /** The live names of the columns that exist now (renames not yet run are mapped back). */
        private List<String> presentColumns(String table, List<String> columns) {
            Optional<Table> liveTable = live.findTable(table);
            if (liveTable.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String col : columns) {
                if (liveTable.get().column(col).isPresent()) {
                    out.add(col);
                } else {
                    hints.renames().stream().filter(r -> r.table().equals(table) && r.to().equals(col)
                            && liveTable.get().column(r.from()).isPresent()).findFirst()
                            .ifPresent(r -> out.add(r.from()));
                }
            }
            return out;
        }

        /**
         * Pairs live indexes with the model's by definition: the same name first, then any name, so an index that
         * is there under another name is kept rather than created a second time (Oracle refuses a second index on
         * the same columns, DB2 skips it).
         */
        private void alignIndexes(Table liveTable, Table t, List<String> reshaped) {
            List<Index> unpaired = new ArrayList<>(liveTable.indexes());
            Map<Index, Index> pairs = new java.util.LinkedHashMap<>();
            for (Index i : t.indexes()) {
                unpaired.stream().filter(l -> l.name().equals(i.name()) && l.definition().equals(i.definition()))
                        .findFirst().ifPresent(l -> {
                            pairs.put(i, l);
                            unpaired.remove(l);
                        });
            }
            for (Index i : t.indexes()) {
                if (!pairs.containsKey(i)) {
                    unpaired.stream().filter(l -> l.definition().equals(i.definition())
                                    && t.indexes().stream().noneMatch(o -> o.name().equals(l.name())))
                            .findFirst().ifPresent(l -> {
                                pairs.put(i, l);
                                unpaired.remove(l);
                                leftAlone.add(t.name() + ": index " + l.name() + " " + l.definition()
                                        + " stands for WSO2's " + i.name() + " (kept under its name)");
                            });
                }
            }
            for (Index i : t.indexes()) {
                Index match = pairs.get(i);
                if (match == null) {
                    add(Stage.CREATE_INDEXES, new CreateIndex(i));
                } else if (i.columns().stream().anyMatch(reshaped::contains)) {
                    dropIndex(match);
                    add(Stage.CREATE_INDEXES, new CreateIndex(i));
                }
            }
            for (Index l : unpaired) {
                boolean known = inSource(t.name(), s -> s.indexes().stream().anyMatch(i -> i.name().equals(l.name())))
                        || t.indexes().stream().anyMatch(i -> i.name().equals(l.name()));
                if (known) {
                    dropIndex(l);
                } else {
                    leftAlone.add(t.name() + ": index " + l.name() + " " + l.definition()
                            + " is not part of WSO2's schema (kept)");
                }
            }
        }

        /**
         * Triggers by name and timing. An id trigger of the model is not added to a table that generates its ids
         * already (an identity column, or a {@code BEFORE INSERT} trigger under any name): that generator is kept
         * and goes on counting, where a second one would start again at 1.
         */
        private void alignTriggers(Table liveTable, Table t) {
            boolean reusesGenerator = reusesGenerator(liveTable, t);
            // a trigger on several events shows one line per event: it is one object, created and dropped once
            Map<String, List<String>> wanted = eventsByName(t);
            Map<String, List<String>> present = eventsByName(liveTable);
            for (Trigger tr : firstOfEachName(t)) {
                List<String> have = present.get(tr.name());
                if (have != null && have.equals(wanted.get(tr.name()))) {
                    continue;
                }
                if (have == null && reusesGenerator && IdGeneration.isIdTrigger(t, tr)) {
                    leftAlone.add(t.name() + ": ids keep coming from the table's own generator ("
                            + generatorOf(liveTable) + "), which stands for WSO2's " + tr.name());
                    continue;
                }
                if (have != null) {
                    add(Stage.DROP_TRIGGERS, new DropTrigger(firstOfName(liveTable, tr.name())));
                }
                add(Stage.CREATE_TRIGGERS, new CreateTrigger(tr, t));
            }
            for (Trigger l : firstOfEachName(liveTable)) {
                if (wanted.containsKey(l.name())
                        || (reusesGenerator && IdGeneration.TIMING.equals(l.timingAndEvent()))) {
                    continue;
                }
                if (inSource(t.name(), s -> s.triggers().stream().anyMatch(tr -> tr.name().equals(l.name())))) {
                    add(Stage.DROP_TRIGGERS, new DropTrigger(l));
                } else {
                    leftAlone.add(t.name() + ": trigger " + l.name() + " " + l.timingAndEvent()
                            + " is not part of WSO2's schema (kept)");
                }
            }
        }

        private Map<String, List<String>> eventsByName(Table table) {
            Map<String, List<String>> out = new HashMap<>();
            table.triggers().forEach(tr -> out.computeIfAbsent(tr.name(), n -> new ArrayList<>())
                    .add(tr.timingAndEvent()));
            out.values().forEach(java.util.Collections::sort);
            return out;
        }

        private List<Trigger> firstOfEachName(Table table) {
            Map<String, Trigger> out = new java.util.LinkedHashMap<>();
            table.triggers().forEach(tr -> out.putIfAbsent(tr.name(), tr));
            return List.copyOf(out.values());
        }

        private Trigger firstOfName(Table table, String name) {
            return table.triggers().stream().filter(tr -> tr.name().equals(name)).findFirst().orElseThrow();
        }

        private String generatorOf(Table liveTable) {
            return liveTable.columns().stream().filter(IdGeneration::generatesItself).map(c -> "column " + c.name())
                    .findFirst().orElseGet(() -> liveTable.triggers().stream()
                            .filter(tr -> IdGeneration.TIMING.equals(tr.timingAndEvent()))
                            .map(tr -> "trigger " + tr.name()).findFirst().orElse("?"));
        }
    }

    /**
     * The live table generates ids already but not through the model's own id trigger: the model's generator
     * (trigger and sequence) is then not added, the live one serves.
     */
    static boolean reusesGenerator(Table liveTable, Table target) {
        boolean modelHasIdTrigger = target.triggers().stream().anyMatch(tr -> IdGeneration.isIdTrigger(target, tr));
        boolean liveHasModelTrigger = target.triggers().stream().filter(tr -> IdGeneration.isIdTrigger(target, tr))
                .allMatch(tr -> liveTable.triggers().stream().anyMatch(l -> l.name().equals(tr.name())));
        return modelHasIdTrigger && !liveHasModelTrigger && IdGeneration.hasGenerator(liveTable);
    }

    /** The sequences of model id triggers that a live generator stands for: not created. */
    private Set<String> sequencesOfReusedGenerators(SchemaModel live) {
        Set<String> out = new java.util.HashSet<>();
        for (Table t : target.tables()) {
            live.findTable(t.name()).filter(l -> reusesGenerator(l, t)).ifPresent(l -> t.triggers().stream()
                    .flatMap(tr -> IdGeneration.of(t, tr).stream()).forEach(g -> out.add(g.sequence())));
        }
        return out;
    }

    /**
     * A sequence another tool creates: named so by a hint, or the id generator of a table another tool owns (a
     * sequence a column default reads, or the sequence an id trigger of the table reads).
     */
    public boolean ownedElsewhere(String sequence) {
        return hints.isOwnedSequence(sequence) || fedTable(sequence).map(hints::isOwnedTable).orElse(false);
    }

    /** The table of the source or target model whose ids the sequence generates, if any. */
    Optional<String> fedTable(String sequence) {
        String lower = sequence.toLowerCase(Locale.ROOT);
        for (Feeds f : feeds()) {
            if (f.triggerSequences().contains(sequence) || f.quotedInDefaults().contains(lower)) {
                return Optional.of(f.table());
            }
        }
        return Optional.empty();
    }

    /**
     * Per table of the target, then the source: the sequences its triggers read, and what its defaults quote (lower
     * case; each text between two quotes, so a name is found as a search for it in quotes would find it).
     */
    private record Feeds(String table, Set<String> triggerSequences, Set<String> quotedInDefaults) {
    }

    private List<Feeds> feeds;

    /** Worked out once per planner: a check of the user's objects asks for every name it meets. */
    private List<Feeds> feeds() {
        if (feeds == null) {
            List<Feeds> out = new ArrayList<>();
            for (SchemaModel model : List.of(target, source)) {
                for (Table t : model.tables()) {
                    Set<String> sequences = new java.util.HashSet<>();
                    t.triggers().forEach(tr -> IdGeneration.of(t, tr).ifPresent(g -> sequences.add(g.sequence())));
                    Set<String> quoted = new java.util.HashSet<>();
                    t.columns().forEach(c -> quoted.addAll(betweenQuotes(c.defaultValue().toLowerCase(Locale.ROOT))));
                    out.add(new Feeds(t.name(), sequences, quoted));
                }
            }
            feeds = out;
        }
        return feeds;
    }

    private static List<String> betweenQuotes(String text) {
        List<String> out = new ArrayList<>();
        int from = text.indexOf('\'');
        while (from >= 0) {
            int to = text.indexOf('\'', from + 1);
            if (to < 0) {
                break;
            }
            out.add(text.substring(from + 1, to));
            from = to;
        }
        return out;
    }

    static Optional<Long> charLength(String type) {
        Matcher m = CHAR_LENGTH.matcher(type);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
