package org.apimmigrate.verify.cli;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apimmigrate.dialect.common.SqlResource;
import org.apimmigrate.dialect.common.SqlSections;
import org.apimmigrate.verify.engine.EngineMatrix;
import org.apimmigrate.verify.engine.TestDatabase;
import org.apimmigrate.verify.migration.MigrationFixture;
import org.junit.jupiter.params.provider.Arguments;

/** Engines and database users for the command-line tests. */
final class CliDatabases {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A user name and its password, as deployment.toml would hold them. */
    record Login(String user, String password) {
    }

    private CliDatabases() {
    }

    /** One engine per vendor of embedded PostgreSQL and MariaDB (the selected ones): the jar runs against them. */
    static Stream<Arguments> engines() {
        return EngineMatrix.enginesOneEmbeddedPerVendor("postgresql", "mysql");
    }

    /** A password no output may ever show: long and unlike any word the tool prints. */
    static String password() {
        StringBuilder out = new StringBuilder("Sx");
        for (int i = 0; i < 24; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.append("9q").toString();
    }

    /** A user with its own password that may change both databases of the fixture. */
    static Login login(MigrationFixture f) {
        String password = password();
        List<String> statements = SqlSections.read("org/apimmigrate/verify/cli/" + f.vendor.id() + ".sql")
                .find("create-user").orElse(List.of());
        if (statements.isEmpty()) {
            return new Login(f.am.user(), password);
        }
        String user = "apim_" + password.substring(2, 10).toLowerCase();
        try (Connection c = f.am.connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(SqlResource.fill(sql, Map.of("user", user, "password", password, "am", f.am.name(),
                        "shared", f.shared.name())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a migration user", e);
        }
        return new Login(user, password);
    }

    static String label(TestDatabase db) {
        return db.name() + " on " + db.engine().describe();
    }
}
