package org.apimmigrate.runner.connect;

import com.zaxxer.hikari.HikariDataSource;
import org.apimmigrate.api.step.DatabaseRole;
import org.apimmigrate.api.dialect.Vendor;
import org.apimmigrate.run.TargetDatabase;
import org.apimmigrate.runner.config.Datasource;
import org.jdbi.v3.core.Jdbi;

/**
 * A reachable datasource: its pool, the vendor recognised from URL and product, and what the engine and driver say
 * about themselves.
 */
public record ConnectedDatabase(Datasource datasource, HikariDataSource pool, Jdbi jdbi, Vendor vendor,
                                String product, String productVersion, String driver, String user) {

    /** The product and version the engine reports, e.g. {@code <product> 16.15}. */
    public String engine() {
        return product + " " + productVersion;
    }

    /** How run reports name it: {@code apim_db (<product> 16.15)}; where it is, is in the report's databases. */
    public String label() {
        return datasource.name() + " (" + engine() + ")";
    }

    /** Two roles on one physical database share its lock and journal. */
    public String identity() {
        return datasource.safeUrl() + "|" + user;
    }

    public TargetDatabase target(DatabaseRole role) {
        return new TargetDatabase(role, jdbi, vendor, identity(), label());
    }
}
