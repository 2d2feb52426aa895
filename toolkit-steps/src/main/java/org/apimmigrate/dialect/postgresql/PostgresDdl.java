package org.apimmigrate.dialect.postgresql;

import java.util.Locale;
import org.apimmigrate.api.schema.Index;
import org.apimmigrate.dialect.common.DdlRenderer;

/**
 * PostgreSQL DDL. Every constraint is rendered with the name the catalog shows; where the real schema left it to
 * PostgreSQL, that name is the one PostgreSQL would have chosen, so the result is the same.
 */
final class PostgresDdl extends DdlRenderer {

    PostgresDdl() {
        super("postgresql");
    }

    /** The catalog keeps the index method and column list ({@code USING BTREE (A, B)}): valid DDL as it is. */
    @Override
    protected String indexTail(Index index) {
        return index.definition();
    }

    /** Unquoted names fold to lower case in PostgreSQL, so a quoted one must be lower case to be the same name. */
    @Override
    protected String quote(String identifier) {
        return "\"" + identifier.toLowerCase(Locale.ROOT) + "\"";
    }
}
