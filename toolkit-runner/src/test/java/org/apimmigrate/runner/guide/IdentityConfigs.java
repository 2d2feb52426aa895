package org.apimmigrate.runner.guide;

/** The identity migration's migration-config.yaml, as shipped and as the guide wants it for 5.10.0 -> 5.11.0. */
final class IdentityConfigs {

    private IdentityConfigs() {
    }

    /** As shipped in wso2is-migration-x.x.x.zip: the three migrators the guide removes are still under 5.10.0. */
    static String asShipped() {
        return header("5.9.0") + version500() + """
                  -
                    version: "5.10.0"
                    migratorConfigs:
                    -
                      name: "MigrationValidator"
                      order: 2
                    -
                      name: "SchemaMigrator"
                      order: 5
                      parameters:
                        location: "step2"
                        schema: "identity"
                    -
                      name: "SchemaMigrator"
                      order: 6
                      parameters:
                        location: "step3"
                        schema: "identity"
                    -
                      name: "TenantPortalMigrator"
                      order: 11
                  -
                    version: "5.11.0"
                    migratorConfigs:
                    -
                      name: "MigrationValidator"
                      order: 2
                """;
    }

    /** As the guide says: currentVersion 5.10.0 and the three migrators removed from 5.10.0 only. */
    static String asTheGuideSays() {
        return header("5.10.0") + version500() + """
                  -
                    version: "5.10.0"
                    migratorConfigs:
                    -
                      name: "SchemaMigrator"
                      order: 6
                      parameters:
                        location: "step3"
                        schema: "identity"
                  -
                    version: "5.11.0"
                    migratorConfigs:
                    -
                      name: "MigrationValidator"
                      order: 2
                """;
    }

    private static String header(String current) {
        return """
                migrationEnable: "true"

                currentVersion: "%s"
                migrateVersion: "5.11.0"

                versions:
                """.formatted(current);
    }

    private static String version500() {
        return """
                  -
                    version: "5.0.0"
                    migratorConfigs:
                    -
                      name: "MigrationValidator"
                      order: 1
                    -
                      name: "SchemaMigrator"
                      order: 2
                      parameters:
                        location: "step2"
                        schema: "identity"
                """;
    }
}
