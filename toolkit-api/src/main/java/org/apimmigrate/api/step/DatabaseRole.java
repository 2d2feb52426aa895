package org.apimmigrate.api.step;

/** Which of the API Manager's databases a step works on, named as in deployment.toml. */
public enum DatabaseRole {
    /** {@code [database.apim_db]}: WSO2AM_DB. */
    APIM_DB("apim_db"),
    /** {@code [database.shared_db]}: the registry (REG_*) and, unless separate, user management (UM_*). */
    SHARED_DB("shared_db");

    private final String tomlName;

    DatabaseRole(String tomlName) {
        this.tomlName = tomlName;
    }

    public String tomlName() {
        return tomlName;
    }
}
