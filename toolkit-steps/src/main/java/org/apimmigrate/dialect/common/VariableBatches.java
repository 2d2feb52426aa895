package org.apimmigrate.dialect.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * T-SQL variables live as long as their batch, so statements that share a variable must reach the server as one
 * batch. The rule: a statement that declares a variable ({@code DECLARE @x ...}) starts a batch that runs through
 * the last statement, before the next {@code GO} (or the end), that mentions a variable declared in it; the
 * statements in between go with it. Statements after that last use are split as usual.
 *
 * <p>For example {@code DECLARE @c VARCHAR(99); SET @c = (SELECT ...); EXEC('... ' + @c); ALTER TABLE ...;} gives
 * two statements: the first three together, then the {@code ALTER TABLE}.
 */
final class VariableBatches {

    private VariableBatches() {
    }

    static List<ScriptPiece> join(List<ScriptPiece> pieces) {
        List<ScriptPiece> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            ScriptPiece first = pieces.get(i);
            int last = first.declared().isEmpty() ? i : lastUse(pieces, i);
            ScriptPiece joined = first;
            for (int k = i + 1; k <= last; k++) {
                joined = joined.joinedWith(pieces.get(k));
            }
            out.add(joined);
            i = last + 1;
        }
        return out;
    }

    /** Index of the last piece in the batch of {@code from} that uses a variable declared from there on. */
    private static int lastUse(List<ScriptPiece> pieces, int from) {
        int batch = pieces.get(from).batch();
        Set<String> variables = new HashSet<>();
        int last = from;
        boolean grown = true;
        while (grown) {
            for (int k = from; k <= last; k++) {
                variables.addAll(pieces.get(k).declared());
            }
            grown = false;
            for (int k = last + 1; k < pieces.size() && pieces.get(k).batch() == batch; k++) {
                if (pieces.get(k).mentioned().stream().anyMatch(variables::contains)) {
                    last = k;
                    grown = true;
                }
            }
        }
        return last;
    }
}
