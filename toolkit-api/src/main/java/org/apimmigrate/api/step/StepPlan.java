package org.apimmigrate.api.step;

import java.util.List;

/**
 * What a step would do: ordered actions, each with the exact statements it runs, plus notes a release engineer should
 * read.
 *
 * @param leftAlone objects the step leaves as they are (the user's own, or other tools'), each described in a phrase
 */
public record StepPlan(List<Action> actions, List<String> notes, List<String> leftAlone) {

    /** How a left-alone object reads among the notes of the journal, the console and the reports. */
    public static final String LEFT_ALONE = "left alone: ";

    /**
     * @param group the part of the work the action belongs to: actions of different named groups touch different
     *              tables, so where a vendor's DDL commits on its own the groups may run side by side, each in its
     *              order; empty where the action goes in line with all the others
     */
    public record Action(String description, List<String> statements, String group) {
        public Action {
            statements = List.copyOf(statements);
            group = group == null ? "" : group;
        }

        public Action(String description, List<String> statements) {
            this(description, statements, "");
        }
    }

    public StepPlan {
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
        leftAlone = List.copyOf(leftAlone);
    }

    public StepPlan(List<Action> actions, List<String> notes) {
        this(actions, notes, List.of());
    }

    public static StepPlan nothingToDo(List<String> notes) {
        return new StepPlan(List.of(), notes);
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** What is left alone, then the notes, each as one line of text: for the reports and the plan's listing. */
    public List<String> allNotes() {
        return java.util.stream.Stream.concat(leftAlone.stream().map(o -> LEFT_ALONE + o), notes.stream()).toList();
    }

    public int statementCount() {
        return actions.stream().mapToInt(a -> a.statements().size()).sum();
    }
}
