package org.apimmigrate.dialect.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.dialect.CatalogReader;
import org.jdbi.v3.core.Handle;

/**
 * A catalog reader made of plain queries kept in the vendor's resources
 * ({@code org/apimmigrate/dialect/<id>/catalog/<name>.sql}). Each query returns finished snapshot lines: the first
 * column is the line kind ({@code COL}, {@code CON}, ...), the others its fields; SQL NULL reads as an empty field.
 */
public class QueryCatalogReader implements CatalogReader {

    private final List<String> queries;
    private final java.util.Optional<String> privilegesQuery;
    private final java.util.Optional<String> generatedNameQuery;

    public QueryCatalogReader(String vendorId, List<String> queryNames) {
        this.queries = queryNames.stream()
                .map(n -> SqlResource.read("org/apimmigrate/dialect/" + vendorId + "/catalog/" + n + ".sql"))
                .toList();
        this.privilegesQuery = SqlResource.find("org/apimmigrate/dialect/" + vendorId + "/catalog/privileges.sql");
        this.generatedNameQuery = SqlResource.find("org/apimmigrate/dialect/" + vendorId
                + "/catalog/generated-name.sql");
    }

    /**
     * Runs the vendor's {@code catalog/generated-name.sql} where it has one, with the constraint's definition bound as
     * {@code :table}, {@code :kind} (PK, UNIQUE, FK), {@code :columns}, {@code :refTable} and {@code :refColumns}
     * (comma-separated, as the snapshot lines print them; empty for keys other than FK).
     */
    @Override
    public java.util.Optional<String> generatedName(Handle handle, org.apimmigrate.api.schema.Constraint c) {
        if (generatedNameQuery.isEmpty()) {
            return java.util.Optional.empty();
        }
        boolean fk = c.kind() == org.apimmigrate.api.schema.Constraint.Kind.FK;
        List<String> names = handle.createQuery(generatedNameQuery.get())
                .bind("table", c.table())
                .bind("kind", c.kind().name())
                .bind("columns", String.join(",", c.columns()))
                .bind("refTable", fk ? c.refTable() : "")
                .bind("refColumns", fk ? String.join(",", c.refColumns()) : "")
                .mapTo(String.class).list();
        return names.size() == 1 ? java.util.Optional.of(names.get(0)) : java.util.Optional.empty();
    }

    /** Runs the vendor's {@code catalog/privileges.sql}, whose rows are (privilege, object) pairs the user lacks. */
    @Override
    public List<MissingPrivilege> missingPrivileges(Handle handle) {
        if (privilegesQuery.isEmpty()) {
            return List.of();
        }
        List<MissingPrivilege> missing = new ArrayList<>();
        try (Statement st = handle.getConnection().createStatement();
             ResultSet rs = st.executeQuery(privilegesQuery.get())) {
            while (rs.next()) {
                missing.add(new MissingPrivilege(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the user's privileges: " + e.getMessage(), e);
        }
        return missing;
    }

    @Override
    public Snapshot snapshot(Handle handle) {
        List<SnapshotLine> lines = new ArrayList<>();
        Connection connection = handle.getConnection();
        for (String sql : queries) {
            // plain JDBC: catalog SQL is full of casts ({@code ::text}) that a named-parameter parser would misread
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> fields = new ArrayList<>(width - 1);
                    for (int i = 2; i <= width; i++) {
                        String v = rs.getString(i);
                        fields.add(v == null ? "" : v);
                    }
                    lines.add(new SnapshotLine(SnapshotLine.Kind.valueOf(rs.getString(1)), fields));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Catalog query failed: " + sql, e);
            }
        }
        return new Snapshot(lines);
    }
}
