package org.apimmigrate.api.step;

import java.util.List;

/**
 * What a step would do: ordered actions, each with the exact statements it runs, plus notes a release engineer should
 * read (e.g. what is left to other tools).
 */
public record StepPlan(List<Action> actions, List<String> notes) {

    public record Action(String description, List<String> statements) {
        public Action {
            statements = List.copyOf(statements);
        }
    }

    public StepPlan {
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
    }

    public static StepPlan nothingToDo(List<String> notes) {
        return new StepPlan(List.of(), notes);
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }

    public int statementCount() {
        return actions.stream().mapToInt(a -> a.statements().size()).sum();
    }
}
