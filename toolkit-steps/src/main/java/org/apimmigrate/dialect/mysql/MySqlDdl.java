package org.apimmigrate.dialect.mysql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Constraint;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.dialect.common.DdlRenderer;

/**
 * MySQL/MariaDB DDL from a model in MySQL's catalog vocabulary. Column types are DDL as the catalog shows them
 * (collation included); the default field may carry the catalog's extra ({@code AUTO_INCREMENT},
 * {@code ON UPDATE current_timestamp()}). Foreign keys the engine named ({@code <table>_ibfk_<n>}) are added unnamed
 * in their order, so the engine names them the same again; the indexes foreign keys create are left to the engine.
 */
final class MySqlDdl extends DdlRenderer {

    private static final String AUTO_INCREMENT = "AUTO_INCREMENT";
    private static final String ON_UPDATE = "ON UPDATE ";
    private static final Pattern ENGINE_FK_NAME = Pattern.compile("(.+)_IBFK_(\\d+)", Pattern.CASE_INSENSITIVE);

    MySqlDdl() {
        super("mysql");
    }

    @Override
    protected String columnDefinition(Column c) {
        String field = c.defaultValue() == null ? "" : c.defaultValue();
        String extra = "";
        if (field.endsWith(AUTO_INCREMENT)) {
            extra = AUTO_INCREMENT;
            field = field.substring(0, field.length() - AUTO_INCREMENT.length()).strip();
        } else if (field.contains(ON_UPDATE)) {
            int at = field.indexOf(ON_UPDATE);
            extra = field.substring(at);
            field = field.substring(0, at).strip();
        }
        StringBuilder out = new StringBuilder(name(c.name())).append(' ').append(c.type())
                .append(c.nullable() ? " NULL" : " NOT NULL");
        if (!field.isEmpty()) {
            out.append(" DEFAULT ").append(field);
        }
        if (!extra.isEmpty()) {
            out.append(' ').append(extra);
        }
        return out.toString();
    }

    @Override
    protected String constraintClause(Constraint c) {
        return switch (c.kind()) {
            case PK -> "PRIMARY KEY (" + names(c.columns()) + ")";
            case UNIQUE -> "UNIQUE KEY " + name(c.name()) + " (" + names(c.columns()) + ")";
            default -> super.constraintClause(c);
        };
    }

    /** Engine-named foreign keys first, by their number, so that adding them unnamed gives back the same numbers. */
    @Override
    protected List<Constraint> foreignKeysInOrder(Table table) {
        List<Constraint> fks = new ArrayList<>(table.constraints(Constraint.Kind.FK));
        fks.sort(Comparator.comparingInt((Constraint fk) -> engineNumber(fk) < 0 ? Integer.MAX_VALUE : engineNumber(fk)));
        return fks;
    }

    /** A foreign key the engine named, {@code <table>_ibfk_<n>}: added unnamed, in order, it gets that name again. */
    @Override
    protected boolean leftUnnamed(Constraint c) {
        return c.kind() == Constraint.Kind.FK && engineNumber(c) > 0;
    }

    private static int engineNumber(Constraint fk) {
        Matcher m = ENGINE_FK_NAME.matcher(fk.name());
        if (!m.matches() || !m.group(1).equalsIgnoreCase(fk.table())) {
            return -1;
        }
        return Integer.parseInt(m.group(2));
    }

    /** Every action spelled out: MySQL's unspoken default is RESTRICT, which the catalog tells apart from NO ACTION. */
    @Override
    protected String referentialAction(String event, String action) {
        return " ON " + event + " " + actionWord(action);
    }

    @Override
    protected String quote(String identifier) {
        return "`" + identifier + "`";
    }
}
