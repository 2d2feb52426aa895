package org.apimmigrate.verify.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.apimmigrate.verify.engine.EngineSql;
import org.apimmigrate.verify.engine.TestDatabase;
import org.jdbi.v3.core.Handle;

/**
 * How a real 3.2.0 database may look beyond WSO2's own set-up: its character sets (MySQL / MariaDB) and the objects a
 * DBA added. Each set-up acts at three points: on the empty databases, after WSO2's 3.2.0 schema, after the data.
 */
public enum DatabaseSetup {
    /** WSO2's set-up: MySQL databases in latin1, as WSO2's documentation creates them. */
    AS_WSO2_DOCUMENTS("WSO2's set-up", List.of()),
    /** A utf8mb4 database holding a tenant's registry path, an API name and a comment in non-Latin-1 characters. */
    UTF8MB4("utf8mb4 database, AM_, REG_ and UM_ tables utf8mb4, with non-Latin-1 tenant path, API name and comment",
            List.of("mysql")),
    /**
     * A utf8mb4 database whose every table was converted where its 3.2.0 keys fit: 4.0.0's new index on
     * IDN_UMA_RESOURCE does not fit utf8mb4, so the migration must refuse before any change.
     */
    UTF8MB4_EVERY_TABLE("utf8mb4 database, every table utf8mb4 where its 3.2.0 keys fit (refused: a 4.0.0 key "
            + "cannot fit)", List.of("mysql")),
    /** latin1 tables in a utf8mb4 database, as a 3.2.0 dump restored onto MySQL 8 leaves them. */
    LATIN1_TABLES_IN_UTF8MB4("latin1 tables in a utf8mb4 database", List.of("mysql")),
    /** A table of the user's own, an extra column and extra indexes on WSO2's tables, views over untouched ones. */
    USER_OBJECTS("the user's own table, column, indexes and views", List.of("mysql", "postgresql"));

    /** The API name and comment the UTF8MB4 set-up writes: Cyrillic, Chinese and Japanese, none of them in latin1. */
    public static final String API_NAME = "Пицца披萨";
    public static final String COMMENT = "Какой ключ? どのキーを使いますか";

    private final String description;
    private final List<String> vendors;

    DatabaseSetup(String description, List<String> vendors) {
        this.description = description;
        this.vendors = vendors;
    }

    /** Whether a correct migration refuses this database before any change. */
    public boolean refusedUpFront() {
        return this == UTF8MB4_EVERY_TABLE;
    }

    /** Whether the set-up changes the empty databases before WSO2's schema is loaded (their character sets). */
    boolean actsOnEmptyDatabases() {
        return this == LATIN1_TABLES_IN_UTF8MB4 || this == UTF8MB4 || this == UTF8MB4_EVERY_TABLE;
    }

    public String description() {
        return description;
    }

    /** Whether the set-up exists on the vendor (WSO2's set-up everywhere). */
    public boolean appliesTo(String vendorId) {
        return vendors.isEmpty() || vendors.contains(vendorId);
    }

    /** The set-ups of a vendor, WSO2's first. */
    public static List<DatabaseSetup> of(String vendorId) {
        return java.util.Arrays.stream(values()).filter(s -> s.appliesTo(vendorId)).toList();
    }

    void afterSchema(TestDatabase am, TestDatabase shared) {
        if (actsOnEmptyDatabases()) {
            run(am, "utf8mb4-database", Map.of("name", am.name()));
            run(shared, "utf8mb4-database", Map.of("name", shared.name()));
        }
        if (this == UTF8MB4 || this == UTF8MB4_EVERY_TABLE) {
            java.util.function.Predicate<String> converted = this == UTF8MB4
                    ? t -> t.startsWith("AM_") || t.startsWith("REG_") || t.startsWith("UM_") : t -> true;
            convertWhereKeysFit(am, converted);
            convertWhereKeysFit(shared, converted);
        }
    }

    /**
     * Every table converted to utf8mb4 where its keys fit InnoDB's 3072 bytes: WSO2's 3.2.0 script itself does not
     * load into a utf8mb4 database (IDN_SCIM_GROUP's index is too long), so a utf8mb4 WSO2 database is one a DBA
     * converted, table by table.
     */
    private static void convertWhereKeysFit(TestDatabase db, java.util.function.Predicate<String> which) {
        try (Connection c = db.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("SET foreign_key_checks = 0");
            List<String> tables = new java.util.ArrayList<>();
            try (var rs = st.executeQuery("SELECT TABLE_NAME FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                if (!which.test(table.toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                try {
                    EngineSql.run(c, db.vendorId(), "utf8mb4-table", Map.of("table", table));
                } catch (SQLException tooLong) {
                    // stays latin1, as it must where its keys do not fit
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("utf8mb4 conversion of " + db.name() + ": " + e.getMessage(), e);
        }
    }

    void afterData(TestDatabase am, TestDatabase shared) {
        if (this == USER_OBJECTS) {
            run(am, "user-objects", Map.of());
            run(shared, "user-objects-shared", Map.of());
            run(am, "user-views", Map.of());
            run(shared, "user-views-shared", Map.of());
        }
        if (this == UTF8MB4 || this == UTF8MB4_EVERY_TABLE) {
            nonLatinNames(am, shared);
        }
    }

    /**
     * Renames a tenant's first API in AM_API and in its registry paths alike (the path is where WSO2's client finds
     * the API again), and writes a comment, all in characters latin1 cannot hold.
     */
    private static void nonLatinNames(TestDatabase am, TestDatabase shared) {
        try (Handle a = am.jdbi().open(); Handle s = shared.jdbi().open()) {
            Map<String, Object> api = a.createQuery("SELECT API_ID, API_PROVIDER, API_NAME FROM AM_API "
                    + "WHERE API_PROVIDER LIKE '%@%' ORDER BY API_ID").setMaxRows(1).mapToMap().one();
            String provider = String.valueOf(api.get("api_provider"));
            String name = String.valueOf(api.get("api_name"));
            a.createUpdate("UPDATE AM_API SET API_NAME = :to WHERE API_PROVIDER = :provider AND API_NAME = :name")
                    .bind("to", API_NAME).bind("provider", provider).bind("name", name).execute();
            a.createUpdate("UPDATE AM_API_COMMENTS SET COMMENT_TEXT = :text WHERE API_ID = :id")
                    .bind("text", COMMENT).bind("id", api.get("api_id")).execute();
            String from = "/_system/governance/apimgt/applicationdata/provider/" + provider.replace("@", "-AT-") + "/"
                    + name;
            String to = from.substring(0, from.length() - name.length()) + API_NAME;
            int paths = s.createUpdate("UPDATE REG_PATH SET REG_PATH_VALUE = CONCAT(:to, SUBSTRING(REG_PATH_VALUE, "
                            + ":cut)) WHERE REG_PATH_VALUE = :from OR REG_PATH_VALUE LIKE :below")
                    .bind("to", to).bind("cut", from.length() + 1).bind("from", from).bind("below", from + "/%")
                    .execute();
            if (paths == 0) {
                throw new IllegalStateException("no registry path under " + from);
            }
        }
    }

    private static void run(TestDatabase db, String purpose, Map<String, String> values) {
        try (Connection c = db.connect()) {
            EngineSql.run(c, db.vendorId(), purpose, values);
        } catch (SQLException e) {
            throw new IllegalStateException(purpose + " on " + db.name() + ": " + e.getMessage(), e);
        }
    }
}
