package org.apimmigrate.dialect.common;

/** One lexical piece of a script, by its place in the script text. */
record SqlToken(Kind kind, int start, int end) {

    enum Kind {
        WHITESPACE,
        LINE_COMMENT,
        BLOCK_COMMENT,
        /** a string, a quoted identifier or a dollar-quoted body, quotes included */
        QUOTED,
        /** a keyword, name, number or variable ({@code @x}) */
        WORD,
        /** any other single character */
        SYMBOL
    }

    String text(String script) {
        return script.substring(start, end);
    }

    /** Counts for the statement: everything but blank space and comments. */
    boolean significant() {
        return kind != Kind.WHITESPACE && kind != Kind.LINE_COMMENT && kind != Kind.BLOCK_COMMENT;
    }
}
