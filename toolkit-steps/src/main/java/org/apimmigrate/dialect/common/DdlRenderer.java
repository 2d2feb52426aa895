package org.apimmigrate.dialect.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.Index;
import org.apimmigrate.api.schema.PortableTable;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.Trigger;
import org.apimmigrate.api.dialect.DdlDialect;

/**
 * Renders a model as DDL in one order every vendor accepts: sequences, functions, tables with their columns and
 * primary/unique/check keys, plain indexes, foreign keys (after every table exists, so cycles and self references
 * need no ordering), then triggers. Indexes come before foreign keys so that a foreign key finds its index ready, as
 * it did in the real scripts, instead of creating one of its own (MySQL would). Vendors override the small pieces.
 *
 * <p>Function and trigger bodies are not part of a model: they are read from
 * {@code org/apimmigrate/dialect/<id>/ddl/function/<NAME>.sql} and {@code .../ddl/trigger/<NAME>.sql}, templates
 * with the slots {@code ${table}} and {@code ${timing}}.
 */
public abstract class DdlRenderer implements DdlDialect {

    private final String vendorId;
    private final Set<String> reservedWords;

    protected DdlRenderer(String vendorId) {
        this.vendorId = vendorId;
        this.reservedWords = Set.copyOf(SqlResource.find(resource("reserved-words.txt")).map(t -> t.lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toUpperCase(Locale.ROOT)).toList()).orElse(List.of()));
    }

    @Override
    public List<String> createSchema(SchemaModel model) {
        List<String> out = new ArrayList<>();
        model.sequences().stream().sorted().forEach(s -> out.add(createSequence(s)));
        model.functions().stream().sorted().forEach(f -> out.add(createFunction(f)));
        for (Table t : model.tablesInDependencyOrder()) {
            out.add(createTable(t));
        }
        for (Table t : model.tables()) {
            t.indexes().forEach(i -> out.add(createIndex(t, i)));
        }
        for (Table t : model.tables()) {
            foreignKeysInOrder(t).forEach(fk -> out.add(addForeignKey(fk)));
        }
        for (Table t : model.tables()) {
            // a trigger on several events is one line per event in a model, and one statement
            java.util.Set<String> seen = new java.util.HashSet<>();
            t.triggers().stream().filter(tr -> seen.add(tr.name())).forEach(tr -> out.add(createTrigger(t, tr)));
        }
        return out;
    }

    /** From the vendor's {@code ddl/sequence.sql} template (slot {@code ${name}}) where it has one. */
    protected String createSequence(String name) {
        return SqlResource.find(resource("ddl/sequence.sql"))
                .map(t -> SqlResource.fill(t, Map.of("name", name(name))).strip())
                .orElse("CREATE SEQUENCE " + name(name) + " START WITH 1 INCREMENT BY 1");
    }

    protected String createFunction(String name) {
        return SqlResource.read(resource("ddl/function/" + name + ".sql")).strip();
    }

    protected String createTable(Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(c)));
        table.constraints().stream().filter(c -> c.kind() != Constraint.Kind.FK)
                .forEach(c -> parts.add(constraintClause(c)));
        return "CREATE TABLE " + name(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    protected String columnDefinition(Column c) {
        StringBuilder out = new StringBuilder(name(c.name())).append(' ').append(c.type());
        if (c.hasDefault()) {
            out.append(isGenerationClause(c.defaultValue()) ? " " : " DEFAULT ").append(c.defaultValue());
        }
        if (!c.nullable()) {
            out.append(" NOT NULL");
        }
        return out.toString();
    }

    /** A default field that is not a value but says how the engine fills the column (identity, row change time). */
    protected boolean isGenerationClause(String defaultField) {
        String d = defaultField.toUpperCase(Locale.ROOT);
        return d.startsWith("IDENTITY") || d.startsWith("GENERATED ") || d.startsWith("AUTO_INCREMENT");
    }

    protected String constraintClause(Constraint c) {
        String body = switch (c.kind()) {
            case PK -> "PRIMARY KEY (" + names(c.columns()) + ")";
            case UNIQUE -> "UNIQUE (" + names(c.columns()) + ")";
            case CHECK -> "CHECK " + c.check();
            case FK -> throw new IllegalArgumentException("Foreign keys are added after the tables: " + c);
        };
        return namePrefix(c) + body;
    }

    /** {@code CONSTRAINT name }, or nothing where the real schema leaves the engine to name it. */
    protected String namePrefix(Constraint c) {
        return leftUnnamed(c) ? "" : "CONSTRAINT " + name(c.name()) + " ";
    }

    protected boolean leftUnnamed(Constraint c) {
        return GeneratedNames.isSysGenerated(c.name());
    }

    protected List<Constraint> foreignKeysInOrder(Table table) {
        return table.constraints(Constraint.Kind.FK);
    }

    protected String addForeignKey(Constraint fk) {
        return "ALTER TABLE " + name(fk.table()) + " ADD " + namePrefix(fk) + "FOREIGN KEY (" + names(fk.columns())
                + ") REFERENCES " + name(fk.refTable()) + " (" + names(fk.refColumns()) + ")"
                + referentialAction("UPDATE", fk.onUpdate()) + referentialAction("DELETE", fk.onDelete());
    }

    /** {@code ON UPDATE CASCADE} and the like; the default action is left out, since some vendors cannot spell it. */
    protected String referentialAction(String event, String action) {
        String word = actionWord(action);
        return word.equals("NO ACTION") ? "" : " ON " + event + " " + word;
    }

    /** The SQL words of an action: the canonical catalog's one-letter codes are spelled out, words are kept. */
    protected static String actionWord(String action) {
        return switch (action) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> action.toUpperCase(Locale.ROOT);
        };
    }

    protected String createIndex(Table table, Index index) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + name(index.name()) + " ON "
                + name(table.name()) + " " + indexTail(index);
    }

    /** What follows {@code ON table}: by default the column list. */
    protected String indexTail(Index index) {
        return "(" + names(index.columns()) + ")";
    }

    /**
     * A trigger from its own template ({@code ddl/trigger/<NAME>.sql}), or, for an id trigger (see
     * {@link IdGeneration}: WSO2's names, the column it fills and the sequence it reads), from the vendor's
     * {@code ddl/id-trigger.sql} with the slots {@code ${trigger}}, {@code ${table}}, {@code ${column}} and
     * {@code ${sequence}}.
     */
    protected String createTrigger(Table table, Trigger trigger) {
        Optional<String> template = SqlResource.find(resource("ddl/trigger/" + trigger.name() + ".sql"));
        Optional<String> idTemplate = SqlResource.find(resource("ddl/id-trigger.sql"));
        Optional<IdGeneration.SequenceTrigger> generator = IdGeneration.of(table, trigger);
        if (template.isEmpty() && idTemplate.isPresent() && generator.isPresent()) {
            return SqlResource.fill(idTemplate.get(), Map.of("trigger", name(trigger.name()),
                    "table", name(table.name()), "column", name(generator.get().column()),
                    "sequence", name(generator.get().sequence()))).strip();
        }
        if (template.isEmpty()) {
            throw new IllegalArgumentException("No " + vendorId + " body for trigger " + trigger.name() + " on "
                    + table.name());
        }
        return SqlResource.fill(template.get(), Map.of("table", name(table.name()),
                "timing", trigger.timingAndEvent())).strip();
    }

    /** An identifier as DDL: as it is, or quoted where the vendor reserves the word. */
    @Override
    public String identifier(String name) {
        return name(name);
    }

    protected String name(String identifier) {
        return reservedWords.contains(identifier.toUpperCase(Locale.ROOT)) ? quote(identifier) : identifier;
    }

    protected String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    protected String names(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(this::name).toList());
    }

    /**
     * From the vendor's {@code ddl/portable-types.txt}: lines {@code TYPE|spelling}, where {@code ${length}} in the
     * spelling takes the column's length.
     */
    @Override
    public String portableType(PortableTable.PortableColumn column) {
        return portableTypes().stream().filter(rule -> rule.get(0).equals(column.type().name())).findFirst()
                .map(rule -> SqlResource.fill(rule.get(1), Map.of("length", String.valueOf(column.length()))))
                .orElseThrow(() -> new IllegalStateException("No " + vendorId + " type for " + column.type()
                        + " in " + resource("ddl/portable-types.txt")));
    }

    private List<List<String>> portableTypes() {
        return RuleLines.read(resource("ddl/portable-types.txt"));
    }

    /** Changes render from this vendor's change templates with the same pieces as whole schemas. */
    @Override
    public List<String> render(org.apimmigrate.api.schema.change.SchemaChange change) {
        return new ChangeRenderer(this, SqlSections.read(resource("ddl/changes.sql"))).render(change);
    }

    protected String resource(String relative) {
        return "org/apimmigrate/dialect/" + vendorId + "/" + relative;
    }
}
