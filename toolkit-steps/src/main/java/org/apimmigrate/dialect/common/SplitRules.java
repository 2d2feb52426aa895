package org.apimmigrate.dialect.common;

/**
 * What one vendor's scripts look like to a statement splitter: its comments and quoting, its terminators and the
 * blocks inside which {@code ;} does not end a statement. {@link ScriptSplitter} reads scripts by these rules; each
 * vendor only chooses them.
 *
 * @param hashComments          {@code #} starts a comment to the end of the line (MySQL)
 * @param slashSlashComments    {@code //} starts a comment to the end of the line (H2)
 * @param dashCommentNeedsSpace {@code --} is a comment only when blank space follows it (MySQL)
 * @param nestedBlockComments   block comments nest (PostgreSQL)
 * @param executableComments    a block comment opened by {@code /*!} is SQL the server runs (MySQL)
 * @param backslashEscapes      a backslash escapes the next character inside quotes (MySQL)
 * @param escapeStringPrefix    {@code E'...'} strings take backslash escapes (PostgreSQL)
 * @param backtickQuotes        {@code `name`} quotes an identifier (MySQL)
 * @param bracketQuotes         {@code [name]} quotes an identifier (MSSQL)
 * @param alternativeQuotes     {@code q'[...]'} quotes text with a chosen delimiter (Oracle)
 * @param dollarQuotes          which {@code $$} bodies exist
 * @param slash                 whether and where {@code /} ends a statement
 * @param blocks                which {@code BEGIN ... END} blocks nest; {@code ;} inside them does not end the
 *                              statement
 * @param plsqlUnits            a PL/SQL unit ({@code CREATE [OR REPLACE] TRIGGER|PROCEDURE|FUNCTION|PACKAGE|TYPE},
 *                              {@code DECLARE}, {@code BEGIN}) runs to the next {@code /} on its own line (Oracle)
 * @param goBatches             {@code GO} alone on a line ends a batch (MSSQL)
 * @param variableBatches       statements that share a variable stay in one batch (MSSQL, see {@link VariableBatches})
 * @param delimiterDirective    a {@code DELIMITER x} line changes the terminator (MySQL client)
 * @param terminatorDirective   a {@code --#SET TERMINATOR x} comment changes the terminator (DB2 CLP)
 */
public record SplitRules(
        boolean hashComments,
        boolean slashSlashComments,
        boolean dashCommentNeedsSpace,
        boolean nestedBlockComments,
        boolean executableComments,
        boolean backslashEscapes,
        boolean escapeStringPrefix,
        boolean backtickQuotes,
        boolean bracketQuotes,
        boolean alternativeQuotes,
        DollarQuotes dollarQuotes,
        Slash slash,
        Blocks blocks,
        boolean plsqlUnits,
        boolean goBatches,
        boolean variableBatches,
        boolean delimiterDirective,
        boolean terminatorDirective) {

    /** Which dollar-quoted bodies a vendor knows. */
    public enum DollarQuotes {
        NONE,
        /** only {@code $$ ... $$} (H2) */
        PLAIN,
        /** {@code $$ ... $$} and {@code $tag$ ... $tag$} (PostgreSQL) */
        TAGGED
    }

    /** Which blocks a vendor nests. In each, {@code BEGIN} and {@code CASE} open a block and {@code END} closes it. */
    public enum Blocks {
        NONE,
        /** SQL PL (DB2): {@code END CASE} closes a CASE; {@code END IF/LOOP/WHILE/FOR/REPEAT} close nothing. */
        SQL_PL,
        /**
         * T-SQL (MSSQL): {@code BEGIN TRY/CATCH ... END TRY/CATCH}; {@code BEGIN TRAN[SACTION]} opens nothing; a word
         * after {@code END} starts the next statement ({@code END IF ...} is a new IF)
         */
        TRANSACT_SQL
    }

    /** Where {@code /} ends a statement. */
    public enum Slash {
        /** never: {@code /} is division */
        NONE,
        /** alone on its line (Oracle SQL*Plus) */
        OWN_LINE,
        /** alone on its line, or last on a line after a statement outside any block ({@code stmt /}, {@code )/}) */
        LINE_END
    }

    /** Plain SQL: {@code --} and block comments, {@code '...'} and {@code "..."} quotes, {@code ;} terminators. */
    public static Builder standard() {
        return new Builder();
    }

    /** Sets rules one by one; everything starts off. */
    public static final class Builder {
        private boolean hashComments;
        private boolean slashSlashComments;
        private boolean dashCommentNeedsSpace;
        private boolean nestedBlockComments;
        private boolean executableComments;
        private boolean backslashEscapes;
        private boolean escapeStringPrefix;
        private boolean backtickQuotes;
        private boolean bracketQuotes;
        private boolean alternativeQuotes;
        private DollarQuotes dollarQuotes = DollarQuotes.NONE;
        private Slash slash = Slash.NONE;
        private Blocks blocks = Blocks.NONE;
        private boolean plsqlUnits;
        private boolean goBatches;
        private boolean variableBatches;
        private boolean delimiterDirective;
        private boolean terminatorDirective;

        private Builder() {
        }

        public Builder hashComments() {
            hashComments = true;
            return this;
        }

        public Builder slashSlashComments() {
            slashSlashComments = true;
            return this;
        }

        public Builder dashCommentNeedsSpace() {
            dashCommentNeedsSpace = true;
            return this;
        }

        public Builder nestedBlockComments() {
            nestedBlockComments = true;
            return this;
        }

        public Builder executableComments() {
            executableComments = true;
            return this;
        }

        public Builder backslashEscapes() {
            backslashEscapes = true;
            return this;
        }

        public Builder escapeStringPrefix() {
            escapeStringPrefix = true;
            return this;
        }

        public Builder backtickQuotes() {
            backtickQuotes = true;
            return this;
        }

        public Builder bracketQuotes() {
            bracketQuotes = true;
            return this;
        }

        public Builder alternativeQuotes() {
            alternativeQuotes = true;
            return this;
        }

        public Builder dollarQuotes(DollarQuotes kind) {
            dollarQuotes = kind;
            return this;
        }

        public Builder slash(Slash where) {
            slash = where;
            return this;
        }

        public Builder blocks(Blocks kind) {
            blocks = kind;
            return this;
        }

        public Builder plsqlUnits() {
            plsqlUnits = true;
            return this;
        }

        public Builder goBatches() {
            goBatches = true;
            return this;
        }

        public Builder variableBatches() {
            variableBatches = true;
            return this;
        }

        public Builder delimiterDirective() {
            delimiterDirective = true;
            return this;
        }

        public Builder terminatorDirective() {
            terminatorDirective = true;
            return this;
        }

        public SplitRules build() {
            return new SplitRules(hashComments, slashSlashComments, dashCommentNeedsSpace, nestedBlockComments,
                    executableComments, backslashEscapes, escapeStringPrefix, backtickQuotes, bracketQuotes,
                    alternativeQuotes, dollarQuotes, slash, blocks, plsqlUnits, goBatches, variableBatches,
                    delimiterDirective, terminatorDirective);
        }
    }
}
