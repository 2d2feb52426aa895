package org.apimmigrate.dialect.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apimmigrate.api.dialect.DdlDialect;
import org.apimmigrate.api.schema.PortableTable;
import org.jdbi.v3.core.Handle;

/**
 * The tables of the connection's own schema ({@link CurrentSchema}), as the catalog spells them: the one look-up for
 * "does this table exist", whatever letter case the engine stores names in.
 */
public final class SchemaTables {

    private SchemaTables() {
    }

    /** Every table of the connection's own schema, spelled as the catalog keeps it. */
    public static List<String> names(Handle handle) {
        try {
            Connection c = handle.getConnection();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), CurrentSchema.of(c), null,
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return List.copyOf(names);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
        }
    }

    /** The table of that name in any letter case, spelled as the catalog keeps it. */
    public static Optional<String> find(Handle handle, String table) {
        return find(names(handle), table);
    }

    /** The name of that table in any letter case among names read by {@link #names}. */
    public static Optional<String> find(List<String> names, String table) {
        return names.stream().filter(table::equalsIgnoreCase).findFirst();
    }

    public static boolean exists(Handle handle, String table) {
        return find(handle, table).isPresent();
    }

    /**
     * Creates one of the toolkit's own tables, or makes it again while it holds no rows: H2 1.4 commits a table and
     * its key apart, so a run killed between the two leaves the table without its key, and an empty table loses
     * nothing by being made again. Only for a table written under the migration lock.
     */
    public static void createOrRenewEmpty(Handle handle, DdlDialect ddl, PortableTable model) {
        boolean exists = exists(handle, model.name());
        if (exists && handle.createQuery("SELECT COUNT(*) FROM " + model.name()).mapTo(Long.class).one() == 0) {
            handle.execute("DROP TABLE " + model.name());
            exists = false;
        }
        if (!exists) {
            handle.execute(ddl.createTable(model));
        }
    }
}
