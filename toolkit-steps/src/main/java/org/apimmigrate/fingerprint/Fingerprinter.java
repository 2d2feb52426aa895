package org.apimmigrate.fingerprint;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apimmigrate.api.schema.SchemaModel;
import org.apimmigrate.api.schema.Table;
import org.apimmigrate.api.step.Phase;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.schema.ToolkitTables;
import org.apimmigrate.schema.KnownSchema;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.apimmigrate.dialect.common.CurrentSchema;
import org.jdbi.v3.core.Handle;

/**
 * Row count and content digest of every table of a database, computed by the database itself from the vendor's
 * {@code org/apimmigrate/fingerprint/<vendor>.sql}: one aggregate query per table, so no table is pulled into the
 * JVM. Before a phase, the digest covers the columns the table keeps in 4.0.0 (its own columns where 4.0.0 does not
 * know the table); after it, the same columns under their new names, so renamed columns compare value for value.
 */
public final class Fingerprinter {

    /** The option (in {@code MigrationOptions.enabledOptions}) that switches fingerprints off. */
    public static final String OFF = "no-fingerprint";

    private final Handle handle;
    private final Vendor vendor;
    private final SqlSections sql;

    private Fingerprinter(Handle handle, Vendor vendor, SqlSections sql) {
        this.handle = handle;
        this.vendor = vendor;
        this.sql = sql;
    }

    /** Empty where this version of the toolkit has no fingerprint SQL for the vendor. */
    public static Optional<Fingerprinter> of(Handle handle, Vendor vendor) {
        return SqlResource.find(resource(vendor)).map(SqlSections::parse).map(s -> new Fingerprinter(handle, vendor, s));
    }

    static String resource(Vendor vendor) {
        return "org/apimmigrate/fingerprint/" + vendor.id() + ".sql";
    }

    Vendor vendor() {
        return vendor;
    }

    /** Every table before a phase changes anything, and the rows of it the phase must keep as they were. */
    public List<TableFingerprint> before(Phase phase) {
        Map<String, Map<String, Integer>> tables = tables();
        SchemaModel am = KnownSchema.AM_400.model(vendor);
        SchemaModel shared = KnownSchema.SHARED_400.model(vendor);
        List<TableFingerprint> out = new ArrayList<>();
        tables.forEach((table, columns) -> {
            Optional<Table> target = am.findTable(table.toUpperCase(Locale.ROOT))
                    .or(() -> shared.findTable(table.toUpperCase(Locale.ROOT)));
            List<String> kept = columns.keySet().stream().filter(c -> target.isEmpty() || target.get().column(
                    ByDesign.renamed(phase, table, c).toUpperCase(Locale.ROOT)).isPresent()).toList();
            List<String> covered = kept.isEmpty() ? List.copyOf(columns.keySet()) : kept;
            out.add(digest(table, "", covered, columns));
            ByDesign.removal(phase, table).flatMap(ByDesign.Removal::keptRows)
                    .ifPresent(keep -> out.add(digest(table, keep, covered, columns)));
        });
        return out;
    }

    /** The same tables, rows and columns (under their new names) once the phase finished; a table gone is left out. */
    public List<TableFingerprint> after(Phase phase, List<TableFingerprint> before) {
        Map<String, Map<String, Integer>> tables = tables();
        List<TableFingerprint> out = new ArrayList<>();
        for (TableFingerprint b : before) {
            Map<String, Integer> columns = tables.get(b.table());
            if (columns == null) {
                continue;
            }
            List<String> now = b.columns().stream().map(c -> ByDesign.renamed(phase, b.table(), c))
                    .filter(columns::containsKey).toList();
            out.add(digest(b.table(), b.subset(), now, columns));
        }
        return out;
    }

    private TableFingerprint digest(String table, String subset, List<String> columns, Map<String, Integer> types) {
        List<String> parts = columns.stream().map(c -> SqlResource.fill(sql.require(binary(types.get(c))
                ? "column-binary" : "column").get(0), Map.of("column", quoted(c)))).toList();
        String row = SqlResource.fill(sql.require("row").get(0), Map.of("columns",
                String.join(" " + sql.require("separator").get(0) + " ", parts)));
        String query = SqlResource.fill(sql.require("digest").get(0), Map.of("row", row, "table", quoted(table),
                "where", subset.isEmpty() ? "" : " WHERE " + subset));
        return handle.createQuery(query).map((rs, ctx) -> new TableFingerprint(table, subset, columns, rs.getLong(1),
                rs.getString(2))).one();
    }

    /** As the catalog spells it, quoted: some WSO2 columns are reserved words (e.g. VALUE). */
    private String quoted(String name) {
        return SqlResource.fill(sql.require("identifier").get(0), Map.of("name", name));
    }

    private static boolean binary(Integer type) {
        return type != null && Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB).contains(type);
    }

    /** The database's tables but this toolkit's own, each with its columns and their JDBC types, as it names them. */
    private Map<String, Map<String, Integer>> tables() {
        try {
            Connection c = handle.getConnection();
            DatabaseMetaData md = c.getMetaData();
            Set<String> names = new TreeSet<>();
            try (ResultSet rs = md.getTables(c.getCatalog(), CurrentSchema.of(c), null, new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!ToolkitTables.owns(name)) {
                        names.add(name);
                    }
                }
            }
            Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
            for (String name : names) {
                Map<String, Integer> columns = new LinkedHashMap<>();
                try (ResultSet rs = md.getColumns(c.getCatalog(), CurrentSchema.of(c), name, null)) {
                    while (rs.next()) {
                        columns.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
                    }
                }
                out.put(name, columns);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the catalog: " + e.getMessage(), e);
        }
    }
}
