package org.apimmigrate.dialect.common;

import org.apimmigrate.dialect.common.SplitRules.DollarQuotes;
import org.apimmigrate.dialect.common.SqlToken.Kind;

/**
 * Reads a script one token at a time, from any position, by a vendor's {@link SplitRules}. It knows comments and
 * quoting only; what ends a statement is {@link ScriptSplitter}'s business. Text left open at the end of the script
 * (a string or comment never closed) runs to the end.
 */
final class SqlLexer {

    private final String s;
    private final SplitRules rules;

    SqlLexer(String script, SplitRules rules) {
        this.s = script;
        this.rules = rules;
    }

    /**
     * The token that starts at {@code pos}.
     *
     * @param delimiter a terminator chosen by a directive ({@code //}, {@code @}, {@code $$}), which cuts words short;
     *                  null when none is active
     */
    SqlToken next(int pos, String delimiter) {
        char c = s.charAt(pos);
        if (Character.isWhitespace(c)) {
            int i = pos;
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return new SqlToken(Kind.WHITESPACE, pos, i);
        }
        if (startsLineComment(pos)) {
            return new SqlToken(Kind.LINE_COMMENT, pos, endOfLine(pos));
        }
        if (c == '/' && at(pos + 1) == '*') {
            return blockComment(pos);
        }
        if (c == '\'') {
            return quoted(pos, pos, '\'', rules.backslashEscapes());
        }
        if ((c == 'E' || c == 'e') && at(pos + 1) == '\'' && rules.escapeStringPrefix() && !wordBefore(pos)) {
            return quoted(pos, pos + 1, '\'', true);
        }
        if ((c == 'Q' || c == 'q') && at(pos + 1) == '\'' && rules.alternativeQuotes() && !wordBefore(pos)
                && pos + 2 < s.length()) {
            return alternativeQuoted(pos);
        }
        if (c == '"') {
            return quoted(pos, pos, '"', rules.backslashEscapes());
        }
        if (c == '`' && rules.backtickQuotes()) {
            return quoted(pos, pos, '`', false);
        }
        if (c == '[' && rules.bracketQuotes()) {
            return quoted(pos, pos, ']', false);
        }
        if (c == '$' && rules.dollarQuotes() != DollarQuotes.NONE && !wordBefore(pos)) {
            String tag = dollarTag(pos);
            if (tag != null) {
                int close = s.indexOf(tag, pos + tag.length());
                return new SqlToken(Kind.QUOTED, pos, close < 0 ? s.length() : close + tag.length());
            }
        }
        if (isWordChar(c)) {
            int i = pos + 1;
            while (i < s.length() && isWordChar(s.charAt(i)) && (delimiter == null || !s.startsWith(delimiter, i))) {
                i++;
            }
            return new SqlToken(Kind.WORD, pos, i);
        }
        return new SqlToken(Kind.SYMBOL, pos, pos + 1);
    }

    /** The next token at or after {@code pos} that is not blank space or a comment; null at the end. */
    SqlToken nextSignificant(int pos, String delimiter) {
        int i = pos;
        while (i < s.length()) {
            SqlToken t = next(i, delimiter);
            if (t.significant()) {
                return t;
            }
            i = t.end();
        }
        return null;
    }

    /** Whether this block comment carries SQL the server runs ({@code /*!...}). */
    boolean isExecutableComment(SqlToken t) {
        return rules.executableComments() && t.kind() == Kind.BLOCK_COMMENT && at(t.start() + 2) == '!';
    }

    boolean startsLineComment(int pos) {
        char c = s.charAt(pos);
        if (c == '-' && at(pos + 1) == '-') {
            return !rules.dashCommentNeedsSpace() || pos + 2 >= s.length()
                    || Character.isWhitespace(s.charAt(pos + 2));
        }
        return (c == '#' && rules.hashComments()) || (c == '/' && at(pos + 1) == '/' && rules.slashSlashComments());
    }

    int endOfLine(int pos) {
        int nl = s.indexOf('\n', pos);
        return nl < 0 ? s.length() : nl;
    }

    private SqlToken blockComment(int pos) {
        int depth = 1;
        int i = pos + 2;
        while (i < s.length() && depth > 0) {
            if (s.charAt(i) == '*' && at(i + 1) == '/') {
                depth--;
                i += 2;
            } else if (rules.nestedBlockComments() && s.charAt(i) == '/' && at(i + 1) == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        return new SqlToken(Kind.BLOCK_COMMENT, pos, Math.min(i, s.length()));
    }

    /** Text from the opening quote at {@code open} to its closing quote; a doubled closing quote stays inside. */
    private SqlToken quoted(int start, int open, char close, boolean backslash) {
        int i = open + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == close) {
                if (at(i + 1) == close) {
                    i += 2;
                } else {
                    return new SqlToken(Kind.QUOTED, start, i + 1);
                }
            } else {
                i++;
            }
        }
        return new SqlToken(Kind.QUOTED, start, s.length());
    }

    /** Oracle {@code q'X...X'}, where an opening bracket X closes with its pair. */
    private SqlToken alternativeQuoted(int pos) {
        char open = s.charAt(pos + 2);
        char close = switch (open) {
            case '[' -> ']';
            case '{' -> '}';
            case '(' -> ')';
            case '<' -> '>';
            default -> open;
        };
        int end = s.indexOf(String.valueOf(close) + '\'', pos + 3);
        return new SqlToken(Kind.QUOTED, pos, end < 0 ? s.length() : end + 2);
    }

    /** {@code $$} or {@code $tag$} starting at {@code pos}, or null when the {@code $} opens no body. */
    private String dollarTag(int pos) {
        int i = pos + 1;
        if (rules.dollarQuotes() == DollarQuotes.TAGGED && i < s.length()
                && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
        }
        return at(i) == '$' ? s.substring(pos, i + 1) : null;
    }

    private boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@' || (c == '#' && !rules.hashComments());
    }

    private boolean wordBefore(int pos) {
        return pos > 0 && isWordChar(s.charAt(pos - 1));
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }
}
