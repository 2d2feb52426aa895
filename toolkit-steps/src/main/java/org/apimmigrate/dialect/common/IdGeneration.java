package org.apimmigrate.dialect.common;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apimmigrate.api.schema.Column;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.Trigger;

/**
 * How a table's ids are generated. Where a vendor fills id columns from a sequence through a {@code BEFORE INSERT}
 * trigger (WSO2's Oracle and DB2 scripts), the pair has WSO2's own names, listed with the column it fills in
 * {@code org/apimmigrate/schema/id-generators.txt}; a pair not listed there follows the plain convention
 * {@code <TABLE>_SEQUENCE} / {@code <TABLE>_TRIGGER} filling the first primary key column. Elsewhere the column
 * itself generates (IDENTITY, GENERATED ... AS IDENTITY, AUTO_INCREMENT, a sequence default).
 */
public final class IdGeneration {

    private static final String SEQUENCE_SUFFIX = "_SEQUENCE";
    private static final String TRIGGER_SUFFIX = "_TRIGGER";
    public static final String TIMING = "BEFORE INSERT";

    /** A trigger that fills {@code column} of {@code table} from {@code sequence}. */
    public record SequenceTrigger(String table, String trigger, String column, String sequence) {
    }

    private static final Map<String, SequenceTrigger> KNOWN = load();

    private IdGeneration() {
    }

    private static Map<String, SequenceTrigger> load() {
        Map<String, SequenceTrigger> out = new HashMap<>();
        SqlResource.find("org/apimmigrate/schema/id-generators.txt").orElse("").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                    String[] f = l.split("\\|");
                    out.put(f[0] + "|" + f[1], new SequenceTrigger(f[0], f[1], f[2], f[3]));
                });
        return Map.copyOf(out);
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

    /** The sequence and column the trigger feeds, when it is an id trigger of the table. */
    public static Optional<SequenceTrigger> of(Table table, Trigger trigger) {
        if (!TIMING.equals(trigger.timingAndEvent())) {
            return Optional.empty();
        }
        SequenceTrigger known = KNOWN.get(table.name() + "|" + trigger.name());
        if (known != null) {
            return Optional.of(known);
        }
        if (trigger.name().equals(triggerOf(table.name()))) {
            return idColumn(table).map(c -> new SequenceTrigger(table.name(), trigger.name(), c,
                    sequenceOf(table.name())));
        }
        return Optional.empty();
    }

    public static boolean isIdTrigger(Table table, Trigger trigger) {
        return of(table, trigger).isPresent();
    }

    /** The column the plain-convention id trigger of the table fills. */
    public static Optional<String> idColumn(Table table) {
        return table.primaryKey().map(pk -> pk.columns().get(0));
    }

    /** A column that generates its own values: its default field is a generation clause or reads a sequence. */
    public static boolean generatesItself(Column column) {
        String d = column.defaultValue() == null ? "" : column.defaultValue().toUpperCase(Locale.ROOT);
        return d.startsWith("IDENTITY") || (d.startsWith("GENERATED ") && d.contains("AS IDENTITY"))
                || d.startsWith("AUTO_INCREMENT") || d.startsWith("NEXTVAL(");
    }

    /**
     * Whether a table as it stands generates ids already, whatever its generator is called: an identity-like
     * column, or any {@code BEFORE INSERT} trigger (on a real database WSO2's id trigger may carry a name of
     * another release, or one a DBA gave it).
     */
    public static boolean hasGenerator(Table table) {
        return table.columns().stream().anyMatch(IdGeneration::generatesItself)
                || table.triggers().stream().anyMatch(t -> TIMING.equals(t.timingAndEvent()));
    }
}
