package org.apimmigrate.runner.guide.item;

/** The parts of the 3.2.0 -> 4.0.0 guide, in its order. The checklist groups its items by them. */
public enum GuidePhase {
    PREPARE("prepare", "Preparing for migration: registry versioning"),
    CONFIGURATION("configuration", "Step 1: move the configuration to the 4.0.0 deployment.toml"),
    DATABASE("database", "Step 2: stop the servers, back up and upgrade the databases (pre-client)"),
    SECURITY("security", "Step 2: keystores, secure vault and the symmetric encryption key"),
    IDENTITY("identity", "Step 2: identity component migration 5.10.0 -> 5.11.0"),
    CLIENT("client", "Step 2: WSO2's API-M migration client, then the API_UUID constraint"),
    REINDEX("reindex", "Step 2: re-index the registry artifacts"),
    FINISH("finish", "Step 3: restart, and what 4.0.0 changed");

    private final String id;
    private final String title;

    GuidePhase(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }
}
