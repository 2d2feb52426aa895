package org.apimmigrate.api.step;

import java.util.List;

/** What a step did: statements run, rows changed, and notes for the report (e.g. rows the upgrade discarded). */
public record StepOutcome(int statementsRun, long rowsAffected, List<Note> notes) {

    public StepOutcome {
        notes = List.copyOf(notes);
    }

    /** The notes as the journal and the reports word them. */
    public List<String> noteTexts() {
        return notes.stream().map(Note::text).toList();
    }

    /** Something a step reports having done. */
    public sealed interface Note {

        String text();

        /** Whether the note tells of rows changed (a console leaves out those that changed none). */
        boolean changedRows();

        /** The rows one action of the plan changed. */
        record ActionRows(String action, long rows) implements Note {
            public String text() {
                return action + ": " + rows + " row(s)";
            }

            public boolean changedRows() {
                return rows != 0;
            }
        }

        /** The rows a table lost, counted before and after. */
        record RowsRemoved(String table, long before, long after) implements Note {
            public String text() {
                return table + ": " + (before - after) + " row(s) removed (" + before + " before, " + after + " after)";
            }

            public boolean changedRows() {
                return before != after;
            }
        }
    }
}
