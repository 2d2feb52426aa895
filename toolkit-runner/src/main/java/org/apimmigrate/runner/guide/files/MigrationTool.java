package org.apimmigrate.runner.guide.files;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The tools the guide drops into the 4.0.0 home for one start and removes again: their jar, whether they bring a
 * {@code migration-resources} folder, and the start flags that run them.
 */
public enum MigrationTool {
    IDENTITY("WSO2's identity component migration", "org.wso2.carbon.is.migration-*.jar", true,
            Pattern.compile("-Dmigrate(?![A-Za-z])|-Dcomponent=identity")),
    CLIENT("WSO2's API-M migration client", "org.wso2.carbon.apimgt.migrate.client-*.jar", true,
            Pattern.compile("-DmigrateFromVersion")),
    TENANT_LOADER("the tenant loader", "tenantloader-*.jar", false, null);

    private final String displayName;
    private final String jarGlob;
    private final boolean bringsResources;
    private final Pattern startFlag;

    MigrationTool(String displayName, String jarGlob, boolean bringsResources, Pattern startFlag) {
        this.displayName = displayName;
        this.jarGlob = jarGlob;
        this.bringsResources = bringsResources;
        this.startFlag = startFlag;
    }

    public String displayName() {
        return displayName;
    }

    public String jarGlob() {
        return jarGlob;
    }

    public boolean bringsResources() {
        return bringsResources;
    }

    /** The start flags that make the server run the tool; null for tools that need none. */
    public Pattern startFlag() {
        return startFlag;
    }

    public boolean isJar(Path jar) {
        return JarFolder.matches(jar, jarGlob);
    }

    /** Whether a jar belongs to any of the migration tools (never a custom jar to carry over). */
    public static boolean anyJar(Path jar) {
        for (MigrationTool t : values()) {
            if (t.isJar(jar)) {
                return true;
            }
        }
        return false;
    }
}
