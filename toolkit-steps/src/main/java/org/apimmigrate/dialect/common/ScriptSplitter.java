package org.apimmigrate.dialect.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apimmigrate.api.dialect.StatementSplitter;
import org.apimmigrate.dialect.common.SplitRules.Blocks;
import org.apimmigrate.dialect.common.SplitRules.Slash;
import org.apimmigrate.dialect.common.SqlToken.Kind;

/**
 * The one statement splitter every vendor uses, with its own {@link SplitRules}. A statement ends at:
 * <ul>
 *   <li>{@code ;} outside quotes and comments, unless it is inside a block ({@code BEGIN ... END}, {@code CASE ...
 *       END}) or a PL/SQL unit, or a directive chose another terminator;</li>
 *   <li>{@code /} where the vendor's {@link Slash} rule says so, whatever the block depth when alone on its line;</li>
 *   <li>{@code GO} alone on a line (a batch end);</li>
 *   <li>the terminator chosen by {@code DELIMITER x} or {@code --#SET TERMINATOR x}, anywhere outside quotes and
 *       comments ({@code --#SET TERMINATOR ;} or {@code DELIMITER ;} returns to the default);</li>
 *   <li>the end of the script.</li>
 * </ul>
 * Each statement is the script's text from its first to its last significant character: no terminator, no
 * surrounding blank space or comments (comments inside it are kept). Statements with nothing significant are
 * dropped.
 */
public class ScriptSplitter implements StatementSplitter {

    private static final Pattern DELIMITER_LINE = Pattern.compile("(?i)DELIMITER[ \\t]+(\\S+)[ \\t]*\\r?");
    private static final Pattern TERMINATOR_COMMENT = Pattern.compile("(?i)--#SET\\s+TERMINATOR\\s+(\\S+)\\s*");
    private static final Pattern PLSQL_UNIT = Pattern.compile(
            "(DECLARE|BEGIN)( .*)?|CREATE( OR REPLACE)?( EDITIONABLE| NONEDITIONABLE| EDITIONING)?"
                    + " (TRIGGER|PROCEDURE|FUNCTION|PACKAGE|TYPE|LIBRARY)( .*)?");
    private static final Set<String> NOT_A_BLOCK_AFTER_BEGIN =
            Set.of("TRAN", "TRANSACTION", "DISTRIBUTED", "WORK", "DIALOG", "CONVERSATION");
    private static final Set<String> SQL_PL_LOOP_ENDS = Set.of("IF", "LOOP", "WHILE", "FOR", "REPEAT");
    private static final Set<String> SQL_PL_BLOCK_ENDS = Set.of("CASE");
    private static final Set<String> TSQL_BLOCK_ENDS = Set.of("TRY", "CATCH");

    private final SplitRules rules;

    public ScriptSplitter(SplitRules rules) {
        this.rules = rules;
    }

    @Override
    public final List<String> split(String script) {
        String text = script == null ? "" : script;
        List<ScriptPiece> pieces = new Walk(text, rules).run();
        if (rules.variableBatches()) {
            pieces = VariableBatches.join(pieces);
        }
        return pieces.stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    /** One pass over one script; holds the statement being read. */
    private static final class Walk {
        private final String s;
        private final SplitRules rules;
        private final SqlLexer lexer;
        private final List<ScriptPiece> pieces = new ArrayList<>();
        private String delimiter;
        private int batch;

        private int start = -1;
        private int end = -1;
        private int depth;
        private boolean plsql;
        private final List<String> leadingWords = new ArrayList<>();
        private boolean declaring;
        private Set<String> declared = new HashSet<>();
        private Set<String> mentioned = new HashSet<>();

        Walk(String script, SplitRules rules) {
            this.s = script;
            this.rules = rules;
            this.lexer = new SqlLexer(script, rules);
        }

        List<ScriptPiece> run() {
            int pos = 0;
            while (pos < s.length()) {
                if (delimiter != null && s.startsWith(delimiter, pos)) {
                    finish();
                    pos += delimiter.length();
                    continue;
                }
                if (rules.delimiterDirective() && start < 0 && atLineStart(pos)) {
                    Matcher m = DELIMITER_LINE.matcher(s).region(pos, lexer.endOfLine(pos));
                    if (m.matches()) {
                        delimiter = m.group(1).equals(";") ? null : m.group(1);
                        pos = m.regionEnd();
                        continue;
                    }
                }
                SqlToken t = lexer.next(pos, delimiter);
                pos = switch (t.kind()) {
                    case WHITESPACE -> t.end();
                    case LINE_COMMENT -> lineComment(t);
                    case BLOCK_COMMENT -> lexer.isExecutableComment(t) ? include(t) : t.end();
                    case QUOTED -> include(t);
                    case SYMBOL -> symbol(t);
                    case WORD -> word(t);
                };
            }
            finish();
            return pieces;
        }

        private int lineComment(SqlToken t) {
            if (rules.terminatorDirective()) {
                Matcher m = TERMINATOR_COMMENT.matcher(t.text(s));
                if (m.matches()) {
                    finish();
                    delimiter = m.group(1).equals(";") ? null : m.group(1);
                }
            }
            return t.end();
        }

        private int symbol(SqlToken t) {
            char c = s.charAt(t.start());
            if (c == ';' && delimiter == null && depth == 0 && !plsql) {
                finish();
                return t.end();
            }
            if (c == '/' && delimiter == null && slashEnds(t)) {
                finish();
                return t.end();
            }
            return include(t);
        }

        private boolean slashEnds(SqlToken t) {
            boolean lastOnLine = restOfLineBlank(t.end());
            return switch (rules.slash()) {
                case NONE -> false;
                case OWN_LINE -> lastOnLine && atLineStart(t.start());
                case LINE_END -> lastOnLine && (atLineStart(t.start()) || (depth == 0 && !plsql));
            };
        }

        private int word(SqlToken t) {
            String w = t.text(s).toUpperCase(Locale.ROOT);
            if (rules.goBatches() && w.equals("GO") && atLineStart(t.start()) && restOfLineBlank(t.end())) {
                finish();
                batch++;
                return t.end();
            }
            int next = include(t);
            if (leadingWords.size() < 6) {
                leadingWords.add(w);
                plsql = plsql || (rules.plsqlUnits() && PLSQL_UNIT.matcher(String.join(" ", leadingWords)).matches());
            }
            if (rules.variableBatches()) {
                noteVariables(w);
            }
            return rules.blocks() == Blocks.NONE ? next : trackBlocks(w, next);
        }

        /** BEGIN and CASE open a block, END closes one; the word after END may belong to it (END TRY, END IF). */
        private int trackBlocks(String w, int pos) {
            SqlToken following = lexer.nextSignificant(pos, delimiter);
            String nextWord = following != null && following.kind() == Kind.WORD
                    ? following.text(s).toUpperCase(Locale.ROOT) : "";
            switch (w) {
                case "BEGIN" -> {
                    boolean transaction = NOT_A_BLOCK_AFTER_BEGIN.contains(nextWord)
                            || following == null || s.charAt(following.start()) == ';';
                    if (!transaction) {
                        depth++;
                    }
                }
                case "CASE" -> depth++;
                case "END" -> {
                    boolean sqlPl = rules.blocks() == Blocks.SQL_PL;
                    if (sqlPl && SQL_PL_LOOP_ENDS.contains(nextWord)) {
                        return include(following);
                    }
                    depth = Math.max(0, depth - 1);
                    if ((sqlPl ? SQL_PL_BLOCK_ENDS : TSQL_BLOCK_ENDS).contains(nextWord)) {
                        return include(following);
                    }
                }
                default -> {
                    // other words do not change the nesting
                }
            }
            return pos;
        }

        private void noteVariables(String w) {
            if (w.equals("DECLARE")) {
                declaring = true;
            } else if (w.startsWith("@") && !w.startsWith("@@")) {
                mentioned.add(w);
                if (declaring) {
                    declared.add(w);
                }
            }
        }

        private int include(SqlToken t) {
            if (start < 0) {
                start = t.start();
            }
            end = t.end();
            return t.end();
        }

        private void finish() {
            if (start >= 0) {
                pieces.add(new ScriptPiece(start, end, batch, Set.copyOf(declared), Set.copyOf(mentioned)));
            }
            start = -1;
            end = -1;
            depth = 0;
            plsql = false;
            leadingWords.clear();
            declaring = false;
            declared = new HashSet<>();
            mentioned = new HashSet<>();
        }

        private boolean atLineStart(int pos) {
            for (int i = pos - 1; i >= 0; i--) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r') {
                    return false;
                }
            }
            return true;
        }

        /** Only blank space, or a line comment, follows on this line. */
        private boolean restOfLineBlank(int pos) {
            for (int i = pos; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return true;
                }
                if (c != ' ' && c != '\t' && c != '\r') {
                    return lexer.startsLineComment(i);
                }
            }
            return true;
        }
    }
}
