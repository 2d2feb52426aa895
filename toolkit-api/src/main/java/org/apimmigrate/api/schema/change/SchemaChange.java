package org.apimmigrate.api.schema.change;

import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.Index;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.Trigger;

/**
 * One difference between a live schema and its target, as a change a vendor renders into DDL. The planner derives
 * these from two models and the explicit hints; nothing here is vendor specific.
 */
public sealed interface SchemaChange {

    /** The table the change concerns, or null for schema-level objects. */
    String table();

    /** One line for plans and reports, e.g. {@code add column AM_API.API_UUID character varying(256)}. */
    String describe();

    record CreateSequence(String name) implements SchemaChange {
        public String table() {
            return null;
        }

        public String describe() {
            return "create sequence " + name;
        }
    }

    record DropSequence(String name) implements SchemaChange {
        public String table() {
            return null;
        }

        public String describe() {
            return "drop sequence " + name;
        }
    }

    record CreateFunction(String name) implements SchemaChange {
        public String table() {
            return null;
        }

        public String describe() {
            return "create function " + name;
        }
    }

    /** Creates a table with its columns and primary key; other keys, indexes and triggers follow as own changes. */
    record CreateTable(Table definition) implements SchemaChange {
        public String table() {
            return definition.name();
        }

        public String describe() {
            return "create table " + definition.name();
        }
    }

    /** Drops a table. Only ever planned from an explicit hint that says why its rows may go. */
    record DropTable(String table, long rowsDiscarded, String reason) implements SchemaChange {
        public String describe() {
            return "drop table " + table + " (" + reason + ")";
        }
    }

    /** Removes every row of a table whose content the upgrade rebuilds (explicit hint with the reason). */
    record EmptyTable(String table, String reason) implements SchemaChange {
        public String describe() {
            return "delete all rows of " + table + " (" + reason + ")";
        }
    }

    record AddColumn(Column column) implements SchemaChange {
        public String table() {
            return column.table();
        }

        public String describe() {
            return "add column " + column.table() + "." + column.name() + " " + column.type()
                    + (column.nullable() ? "" : " NOT NULL") + (column.hasDefault() ? " DEFAULT " + column.defaultValue() : "");
        }
    }

    /** Drops a column. Only ever planned from an explicit hint. */
    record DropColumn(Column column, String reason) implements SchemaChange {
        public String table() {
            return column.table();
        }

        public String describe() {
            return "drop column " + column.table() + "." + column.name() + " (" + reason + ")";
        }
    }

    /** Renames a column, keeping its data; planned from an explicit rename hint. */
    record RenameColumn(Column from, Column to) implements SchemaChange {
        public String table() {
            return from.table();
        }

        public String describe() {
            return "rename column " + from.table() + "." + from.name() + " to " + to.name();
        }
    }

    /** Changes type, nullability and/or default of a column, keeping its data. */
    record AlterColumn(Column from, Column to) implements SchemaChange {
        public String table() {
            return from.table();
        }

        public boolean typeChanges() {
            return !from.type().equals(to.type());
        }

        public boolean nullabilityChanges() {
            return from.nullable() != to.nullable();
        }

        public boolean defaultChanges() {
            return !from.defaultValue().equals(to.defaultValue());
        }

        public String describe() {
            StringBuilder s = new StringBuilder("alter column " + from.table() + "." + from.name() + ":");
            if (typeChanges()) {
                s.append(" type ").append(from.type()).append(" -> ").append(to.type());
            }
            if (nullabilityChanges()) {
                s.append(to.nullable() ? " drop NOT NULL" : " set NOT NULL");
            }
            if (defaultChanges()) {
                s.append(" default '").append(from.defaultValue()).append("' -> '").append(to.defaultValue()).append("'");
            }
            return s.toString();
        }
    }

    record AddConstraint(Constraint constraint) implements SchemaChange {
        public String table() {
            return constraint.table();
        }

        public String describe() {
            return "add " + constraint.kind() + " " + constraint.table() + " " + constraint.definition()
                    + (constraint.name().isEmpty() ? "" : " as " + constraint.name());
        }
    }

    record DropConstraint(Constraint constraint) implements SchemaChange {
        public String table() {
            return constraint.table();
        }

        public String describe() {
            return "drop " + constraint.kind() + " " + constraint.table() + " " + constraint.definition()
                    + (constraint.name().isEmpty() ? "" : " (" + constraint.name() + ")");
        }
    }

    record CreateIndex(Index index) implements SchemaChange {
        public String table() {
            return index.table();
        }

        public String describe() {
            return "create index " + index.name() + " on " + index.table() + " " + index.definition();
        }
    }

    record DropIndex(Index index) implements SchemaChange {
        public String table() {
            return index.table();
        }

        public String describe() {
            return "drop index " + index.name() + " on " + index.table();
        }
    }

    /**
     * Creates a trigger on the table {@code on} (its target definition): where the vendor writes the body itself,
     * e.g. an id trigger that fills the primary key from a sequence, the body depends on the table's keys.
     */
    record CreateTrigger(Trigger trigger, Table on) implements SchemaChange {
        public String table() {
            return trigger.table();
        }

        public String describe() {
            return "create trigger " + trigger.name() + " on " + trigger.table() + " " + trigger.timingAndEvent();
        }
    }

    record DropTrigger(Trigger trigger) implements SchemaChange {
        public String table() {
            return trigger.table();
        }

        public String describe() {
            return "drop trigger " + trigger.name() + " on " + trigger.table();
        }
    }
}
