package org.apimmigrate.dialect.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.change.SchemaChange;

/**
 * Renders a planned {@link SchemaChange} as the vendor's statements: objects are created with the same pieces that
 * render whole schemas ({@link DdlRenderer}); alterations and drops come from the vendor's change templates
 * ({@link SqlSections}), so no vendor spelling lives in Java.
 *
 * <p>Template keys: {@code createSequence}, {@code dropSequence}, {@code dropTable}, {@code emptyTable},
 * {@code addColumn}, {@code dropColumn}, {@code renameColumn}, {@code alterColumn} (whole new definition, for vendors
 * that restate a column), or {@code alterColumn.typeAndNull} (type and nullability restated together, once) or
 * {@code alterColumn.type / .setNotNull / .dropNotNull}, then {@code alterColumn.setDefault / .dropDefault},
 * {@code addConstraint}, {@code dropConstraint[.PK|.UNIQUE|.FK|.CHECK][.generated]}, {@code dropIndex},
 * {@code dropTrigger}.
 *
 * <p>A vendor may give a more specific section, used where it applies and else the plain one:
 * {@code addColumn.notNullWithoutDefault} and {@code addColumn.withDefault} (the added column is NOT NULL without a
 * default, or has a default value); {@code <key>.withDefault} for {@code dropColumn} and the {@code alterColumn}
 * pieces (the live column has a default value, which some vendors keep as a constraint of its own);
 * {@code alterColumn.type.widening} (only the length grows, e.g. {@code VARCHAR(31)} to {@code VARCHAR(255)}).
 *
 * <p>Slots: {@code table, column, from, to, type, null, default, definition, name, constraint, columns, kind} as
 * DDL (quoted where the vendor reserves the word); for catalog look-ups the plain names {@code tableName,
 * columnName, fromName, toName}, {@code columnNames} and {@code refColumnNames} (comma-separated without blanks, as
 * the catalog readers print them) and {@code refTable}/{@code refTableName} of a foreign key.
 */
public final class ChangeRenderer {

    private static final Pattern LENGTH = Pattern.compile("(.*?)\\s*\\((\\d+)\\)");

    private final DdlRenderer ddl;
    private final SqlSections templates;

    public ChangeRenderer(DdlRenderer ddl, SqlSections templates) {
        this.ddl = ddl;
        this.templates = templates;
    }

    public List<String> render(SchemaChange change) {
        if (change instanceof SchemaChange.CreateSequence c) {
            return List.of(ddl.createSequence(c.name()));
        } else if (change instanceof SchemaChange.DropSequence d) {
            return fill(templates.require("dropSequence"), Map.of("name", ddl.name(d.name())));
        } else if (change instanceof SchemaChange.CreateFunction f) {
            return List.of(ddl.createFunction(f.name()));
        } else if (change instanceof SchemaChange.CreateTable c) {
            return List.of(ddl.createTable(withPrimaryKeyOnly(c.definition())));
        } else if (change instanceof SchemaChange.DropTable d) {
            return fill(templates.require("dropTable"), tableSlots(d.table()));
        } else if (change instanceof SchemaChange.EmptyTable e) {
            return fill(templates.require("emptyTable"), tableSlots(e.table()));
        } else if (change instanceof SchemaChange.AddColumn a) {
            Column c = a.column();
            return fill(section("addColumn", !c.nullable() && !c.hasDefault(), ".notNullWithoutDefault",
                    hasDefaultValue(c), ".withDefault"), columnSlots(c));
        } else if (change instanceof SchemaChange.DropColumn d) {
            return fill(section("dropColumn", hasDefaultValue(d.column()), ".withDefault"), columnSlots(d.column()));
        } else if (change instanceof SchemaChange.RenameColumn r) {
            Map<String, String> slots = columnSlots(r.to());
            slots.put("from", ddl.name(r.from().name()));
            slots.put("to", ddl.name(r.to().name()));
            slots.put("fromName", r.from().name());
            slots.put("toName", r.to().name());
            return fill(templates.require("renameColumn"), slots);
        } else if (change instanceof SchemaChange.AlterColumn a) {
            return alterColumn(a);
        } else if (change instanceof SchemaChange.AddConstraint a) {
            Constraint c = a.constraint();
            if (c.kind() == Constraint.Kind.FK) {
                return List.of(ddl.addForeignKey(c));
            }
            Map<String, String> slots = tableSlots(c.table());
            slots.put("constraint", ddl.constraintClause(c));
            return fill(templates.require("addConstraint"), slots);
        } else if (change instanceof SchemaChange.DropConstraint d) {
            return dropConstraint(d.constraint());
        } else if (change instanceof SchemaChange.CreateIndex c) {
            return List.of(ddl.createIndex(new Table(c.index().table()), c.index()));
        } else if (change instanceof SchemaChange.DropIndex d) {
            Map<String, String> slots = tableSlots(d.index().table());
            slots.put("name", ddl.name(d.index().name()));
            return fill(templates.require("dropIndex"), slots);
        } else if (change instanceof SchemaChange.CreateTrigger c) {
            return List.of(ddl.createTrigger(c.on(), c.trigger()));
        } else if (change instanceof SchemaChange.DropTrigger d) {
            Map<String, String> slots = tableSlots(d.trigger().table());
            slots.put("name", ddl.name(d.trigger().name()));
            return fill(templates.require("dropTrigger"), slots);
        }
        throw new IllegalArgumentException("Unknown change " + change);
    }

    private List<String> alterColumn(SchemaChange.AlterColumn a) {
        Map<String, String> slots = columnSlots(a.to());
        var whole = templates.find("alterColumn");
        if (whole.isPresent()) {
            return fill(whole.get(), slots);
        }
        boolean liveDefault = hasDefaultValue(a.from());
        List<String> out = new ArrayList<>();
        boolean restated = templates.find("alterColumn.typeAndNull").isPresent();
        if (restated && (a.typeChanges() || a.nullabilityChanges())) {
            out.addAll(fill(section("alterColumn.typeAndNull", liveDefault, ".withDefault"), slots));
        } else {
            if (a.typeChanges()) {
                out.addAll(fill(section("alterColumn.type", widens(a.from().type(), a.to().type()), ".widening",
                        liveDefault, ".withDefault"), slots));
            }
            if (a.nullabilityChanges()) {
                out.addAll(fill(section(a.to().nullable() ? "alterColumn.dropNotNull" : "alterColumn.setNotNull",
                        liveDefault, ".withDefault"), slots));
            }
        }
        if (a.defaultChanges()) {
            out.addAll(fill(a.to().hasDefault()
                    ? section("alterColumn.setDefault", liveDefault, ".withDefault")
                    : templates.require("alterColumn.dropDefault"), slots));
        }
        return out;
    }

    /**
     * The section {@code key + qualifier} of the first pair whose condition holds and whose section the vendor has,
     * else the section {@code key}. Pairs: a condition, then the qualifier it selects.
     */
    private List<String> section(String key, Object... conditionsAndQualifiers) {
        for (int i = 0; i < conditionsAndQualifiers.length; i += 2) {
            if ((Boolean) conditionsAndQualifiers[i]) {
                var specific = templates.find(key + conditionsAndQualifiers[i + 1]);
                if (specific.isPresent()) {
                    return specific.get();
                }
            }
        }
        return templates.require(key);
    }

    /** A default that is a value, not a clause by which the engine fills the column itself (identity and the like). */
    private boolean hasDefaultValue(Column c) {
        return c.hasDefault() && !ddl.isGenerationClause(c.defaultValue());
    }

    /** The same type with a greater length only, e.g. {@code VARCHAR(31)} to {@code VARCHAR(255)}. */
    static boolean widens(String from, String to) {
        Matcher f = LENGTH.matcher(from);
        Matcher t = LENGTH.matcher(to);
        return f.matches() && t.matches() && f.group(1).equalsIgnoreCase(t.group(1))
                && Long.parseLong(t.group(2)) > Long.parseLong(f.group(2));
    }

    private List<String> dropConstraint(Constraint c) {
        Map<String, String> slots = tableSlots(c.table());
        slots.put("name", GeneratedNames.isSysGenerated(c.name()) ? c.name() : ddl.name(c.name()));
        slots.put("columns", ddl.names(c.columns()));
        slots.put("columnNames", String.join(",", c.columns()));
        slots.put("kind", c.kind().name());
        if (c.kind() == Constraint.Kind.FK) {
            slots.put("refTable", ddl.name(c.refTable()));
            slots.put("refTableName", c.refTable());
            slots.put("refColumnNames", String.join(",", c.refColumns()));
        }
        String kind = "dropConstraint." + c.kind();
        if (GeneratedNames.isSysGenerated(c.name())) {
            return fill(templates.require(kind + ".generated", "dropConstraint.generated"), slots);
        }
        return fill(templates.require(kind, "dropConstraint"), slots);
    }

    private Table withPrimaryKeyOnly(Table t) {
        Table copy = new Table(t.name());
        t.columns().forEach(copy::add);
        t.primaryKey().ifPresent(copy::add);
        return copy;
    }

    private Map<String, String> tableSlots(String table) {
        Map<String, String> slots = new HashMap<>();
        slots.put("table", ddl.name(table));
        slots.put("tableName", table);
        return slots;
    }

    private Map<String, String> columnSlots(Column c) {
        Map<String, String> slots = tableSlots(c.table());
        slots.put("column", ddl.name(c.name()));
        slots.put("columnName", c.name());
        slots.put("type", c.type());
        slots.put("default", c.defaultValue());
        slots.put("definition", ddl.columnDefinition(c));
        slots.put("null", c.nullable() ? "NULL" : "NOT NULL");
        return slots;
    }

    private static List<String> fill(List<String> statements, Map<String, String> slots) {
        return statements.stream().map(s -> SqlResource.fill(s, slots)).toList();
    }
}
