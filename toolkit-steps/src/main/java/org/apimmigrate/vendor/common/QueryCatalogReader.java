package org.apimmigrate.vendor.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apimmigrate.api.schema.Snapshot;
import org.apimmigrate.api.schema.SnapshotLine;
import org.apimmigrate.api.vendor.CatalogReader;
import org.jdbi.v3.core.Handle;

/**
 * A catalog reader made of plain queries kept in the vendor's resources
 * ({@code org/apimmigrate/vendor/<id>/catalog/<name>.sql}). Each query returns finished snapshot lines: the first
 * column is the line kind ({@code COL}, {@code CON}, ...), the others its fields; SQL NULL reads as an empty field.
 */
public class QueryCatalogReader implements CatalogReader {

    private final List<String> queries;

    public QueryCatalogReader(String vendorId, List<String> queryNames) {
        this.queries = queryNames.stream()
                .map(n -> SqlResource.read("org/apimmigrate/vendor/" + vendorId + "/catalog/" + n + ".sql"))
                .toList();
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
