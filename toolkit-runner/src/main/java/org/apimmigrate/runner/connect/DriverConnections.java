package org.apimmigrate.runner.connect;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections straight from one driver, for the pool: HikariCP's own way to a driver goes through
 * {@link java.sql.DriverManager}, which first loads and starts every driver on the class path.
 */
final class DriverConnections implements DataSource {

    private final Driver driver;
    private final String url;
    private int loginTimeoutSeconds;

    DriverConnections(Driver driver, String url) {
        this.driver = driver;
        this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(new Properties());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties login = new Properties();
        if (username != null) {
            login.setProperty("user", username);
        }
        if (password != null) {
            login.setProperty("password", password);
        }
        return connect(login);
    }

    private Connection connect(Properties login) throws SQLException {
        Connection c = driver.connect(url, login);
        if (c == null) {
            throw new SQLException("The driver " + driver.getClass().getName() + " does not accept the URL");
        }
        return c;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing is logged through a writer
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
