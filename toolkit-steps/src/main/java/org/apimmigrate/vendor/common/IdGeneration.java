package org.apimmigrate.vendor.common;

import java.util.Optional;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.Trigger;

/**
 * Where a vendor fills id columns from a sequence through a {@code BEFORE INSERT} trigger (Oracle, DB2), the pair is
 * named after the table: {@code <TABLE>_SEQUENCE} and {@code <TABLE>_TRIGGER}, and the trigger fills the table's
 * id column, the first column of its primary key (in the real schemas every sequence-fed column is).
 */
public final class IdGeneration {

    private static final String SEQUENCE_SUFFIX = "_SEQUENCE";
    private static final String TRIGGER_SUFFIX = "_TRIGGER";
    public static final String TIMING = "BEFORE INSERT";

    private IdGeneration() {
    }

    public static String sequenceOf(String table) {
        return table + SEQUENCE_SUFFIX;
    }

    public static String triggerOf(String table) {
        return table + TRIGGER_SUFFIX;
    }

    public static Trigger triggerFor(String table) {
        return new Trigger(table, triggerOf(table), TIMING);
    }

    public static boolean isIdTrigger(Table table, Trigger trigger) {
        return trigger.name().equals(triggerOf(table.name())) && TIMING.equals(trigger.timingAndEvent());
    }

    /** The column the id trigger of the table fills. */
    public static Optional<String> idColumn(Table table) {
        return table.primaryKey().map(pk -> pk.columns().get(0));
    }
}
