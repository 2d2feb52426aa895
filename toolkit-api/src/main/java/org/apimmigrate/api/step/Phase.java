package org.apimmigrate.api.step;

/** The two phases of the upgrade, around WSO2's own migration client, which the toolkit does not replace. */
public enum Phase {
    /** Before WSO2's migration client starts: registry clean-up and the WSO2AM_DB schema upgrade. */
    PRE_CLIENT("pre-client"),
    /** After WSO2's migration client has run: API_UUID uniqueness and the registry log re-index. */
    POST_CLIENT("post-client");

    private final String cliName;

    Phase(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Phase fromCliName(String name) {
        for (Phase p : values()) {
            if (p.cliName.equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown phase '" + name + "': use pre-client or post-client");
    }
}
