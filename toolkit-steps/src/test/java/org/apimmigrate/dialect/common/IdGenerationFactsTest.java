package org.apimmigrate.dialect.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.schema.Trigger;
import org.apimmigrate.api.dialect.Vendors;
import org.apimmigrate.schema.KnownSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every id trigger of WSO2's Oracle and DB2 schemas is known with the sequence the facts say it reads
 * ({@code #SEQFOR|SEQUENCE|TABLE}) and a column of the table, and every sequence of the facts feeds a table.
 */
class IdGenerationFactsTest {

    @ParameterizedTest
    @CsvSource({"oracle,AM_320", "oracle,AM_400", "oracle,SHARED_320", "oracle,SHARED_400",
            "db2,AM_320", "db2,AM_400", "db2,SHARED_320", "db2,SHARED_400"})
    void idTriggersReadTheSequencesTheFactsName(String vendor, KnownSchema schema) {
        var v = Vendors.require(vendor);
        Map<String, String> tableOfSequence = new TreeMap<>();
        SqlResource.read("org/apimmigrate/schema/" + vendor + "/" + resource(schema) + ".txt").lines()
                .filter(l -> l.startsWith("#SEQFOR|")).map(l -> l.split("\\|"))
                .forEach(f -> tableOfSequence.put(f[1], f[2]));
        SchemaModel model = schema.model(v);
        // DB2's scripts also make one sequence nothing reads (CM_SP_PURPOSE_PII_CAT_ASSOC_SEQ)
        assertThat(model.sequences()).containsAll(tableOfSequence.keySet());

        Map<String, String> fed = new TreeMap<>();
        for (Table t : model.tables()) {
            for (Trigger tr : t.triggers()) {
                if (!tr.timingAndEvent().equals(IdGeneration.TIMING) || tr.name().equals("UPDATE_TIMESTAMP")) {
                    continue;
                }
                IdGeneration.SequenceTrigger g = IdGeneration.of(t, tr).orElseThrow(
                        () -> new AssertionError("unknown id trigger " + tr.name() + " on " + t.name()));
                assertThat(t.column(g.column())).as(g.toString()).isPresent();
                fed.put(g.sequence(), t.name());
            }
        }
        assertThat(fed).as("each sequence feeds the table the facts say, through that table's trigger")
                .isEqualTo(tableOfSequence);
    }

    private static String resource(KnownSchema schema) {
        return switch (schema) {
            case AM_320 -> "am320";
            case AM_400 -> "am400";
            case SHARED_320 -> "shared460";
            case SHARED_400 -> "shared462";
        };
    }
}
