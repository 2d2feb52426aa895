package org.apimmigrate.vendor.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * that restate a column) or {@code alterColumn.type / .setNotNull / .dropNotNull / .setDefault / .dropDefault},
 * {@code addConstraint}, {@code dropConstraint[.PK|.UNIQUE|.FK|.CHECK][.generated]}, {@code dropIndex},
 * {@code dropTrigger}. Slots: {@code table, column, from, to, type, default, definition, name, constraint, columns}.
 */
public final class ChangeRenderer {

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
            return fill(templates.require("addColumn"), columnSlots(a.column()));
        } else if (change instanceof SchemaChange.DropColumn d) {
            return fill(templates.require("dropColumn"), columnSlots(d.column()));
        } else if (change instanceof SchemaChange.RenameColumn r) {
            Map<String, String> slots = columnSlots(r.to());
            slots.put("from", ddl.name(r.from().name()));
            slots.put("to", ddl.name(r.to().name()));
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
            return List.of(ddl.createTrigger(new Table(c.trigger().table()), c.trigger()));
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
        List<String> out = new ArrayList<>();
        if (a.typeChanges()) {
            out.addAll(fill(templates.require("alterColumn.type"), slots));
        }
        if (a.nullabilityChanges()) {
            out.addAll(fill(templates.require(a.to().nullable() ? "alterColumn.dropNotNull" : "alterColumn.setNotNull"),
                    slots));
        }
        if (a.defaultChanges()) {
            out.addAll(fill(templates.require(a.to().hasDefault() ? "alterColumn.setDefault" : "alterColumn.dropDefault"),
                    slots));
        }
        return out;
    }

    private List<String> dropConstraint(Constraint c) {
        Map<String, String> slots = tableSlots(c.table());
        slots.put("name", GeneratedNames.isSysGenerated(c.name()) ? c.name() : ddl.name(c.name()));
        slots.put("columns", ddl.names(c.columns()));
        slots.put("kind", c.kind().name());
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
        return slots;
    }

    private Map<String, String> columnSlots(Column c) {
        Map<String, String> slots = tableSlots(c.table());
        slots.put("column", ddl.name(c.name()));
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
