package org.apimmigrate.verify.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.apimmigrate.dialect.common.PlainSql;
import org.jdbi.v3.core.Jdbi;

/** One isolated database on an {@link Engine}: how to reach it, and a JDBI over it. */
public record TestDatabase(Engine engine, String name, String url, String user, String password) {

    public Connection connect() throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(url, props);
    }

    /** A JDBI set up as the command line sets up its own. */
    public Jdbi jdbi() {
        return PlainSql.setUp(Jdbi.create(this::connect));
    }

    /** The same database reached as another user (credentials in the URL are dropped). */
    public TestDatabase as(String otherUser, String otherPassword) {
        String plainUrl = url.replaceAll("(?i)([?&;])(user|password)=[^&;]*", "$1").replaceAll("[?&;]+$", "")
                .replace("?&", "?");
        return new TestDatabase(engine, name, plainUrl, otherUser, otherPassword);
    }

    public String vendorId() {
        return engine.vendorId();
    }

    @Override
    public String toString() {
        return name + " on " + engine.describe();
    }
}
