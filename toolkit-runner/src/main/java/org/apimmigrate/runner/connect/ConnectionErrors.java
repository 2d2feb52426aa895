package org.apimmigrate.runner.connect;

import java.sql.SQLException;
import org.apimmigrate.api.finding.RootCause;
import org.apimmigrate.runner.Failure;
import org.apimmigrate.runner.config.Datasource;

/** Turns a failed connection into one message that names the datasource, what went wrong and what to do. */
final class ConnectionErrors {

    private ConnectionErrors() {
    }

    static Failure explain(Datasource ds, Throwable e) {
        SQLException sql = sqlException(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String reason = sql == null ? RootCause.message(e) : sql.getMessage().strip();
        String where = ds.name() + " at " + ds.safeUrl();
        String user = ds.username() == null ? "no user name" : "user '" + ds.username() + "'";
        String passwordHint = "the password (or " + Datasource.passwordVariable(ds.name()) + ")";
        String lower = reason.toLowerCase();
        boolean noneSent = lower.contains("no password") || lower.contains("using password: no");
        if ((ds.password() == null || !ds.password().isPresent()) && noneSent) {
            return Failure.usage("No password was given for " + ds.name() + " (" + user + "), and the database at "
                    + ds.safeUrl() + " asks for one: " + reason, "Set the environment variable "
                    + Datasource.passwordVariable(ds.name()) + " to the password (or give password in "
                    + ds.origin() + ", or add --ask-passwords on a terminal). Nothing was changed.");
        }
        if (state.startsWith("28") || reason.toLowerCase().contains("access denied")
                || reason.toLowerCase().contains("authentication failed")) {
            return Failure.database("The database of " + where + " refused the credentials (" + user + "): "
                    + reason, "Check username and " + passwordHint + " of " + ds.origin() + ". Nothing was changed.",
                    e);
        }
        if (reason.contains("IFEXISTS")) {
            return Failure.database("The database named by " + where + " does not exist, and none was created: "
                    + reason, "Check the path or database name in the URL of " + ds.origin() + ".", e);
        }
        if (reason.toLowerCase().contains("file corrupted") || reason.toLowerCase().contains("file version")) {
            return Failure.database("The database file named by " + where + " cannot be read: " + reason,
                    "The file may be damaged or written by another version of the engine than the one API-M runs. "
                            + "Restore it from the backup. Nothing was changed.", e);
        }
        if (state.equals("3D000") || reason.toLowerCase().contains("unknown database")
                || (reason.toLowerCase().contains("database") && reason.toLowerCase().contains("does not exist"))) {
            return Failure.database("The database named by " + where + " does not exist: " + reason,
                    "Check the database name in the URL of " + ds.origin() + ". Nothing was changed.", e);
        }
        if (state.startsWith("08") || reason.toLowerCase().contains("connect")) {
            return Failure.database("Cannot reach the database of " + where + ": " + reason,
                    "Check host and port in the URL of " + ds.origin() + ", and that the database server runs and "
                            + "accepts connections from this machine. Nothing was changed.", e);
        }
        return Failure.database("Cannot connect to " + where + " (" + user + "): " + reason,
                "Check the URL, username and " + passwordHint + " of " + ds.origin() + ". Nothing was changed.", e);
    }

    private static SQLException sqlException(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                found = s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return found;
    }
}
