package org.apimmigrate.runner.guide;

import java.util.ArrayList;
import java.util.List;

/** A 4.0.0 deployment.toml as a release engineer writes it during the upgrade; each field is one guide step. */
final class NewToml {

    String dbType = "h2";
    String apimUrl = "jdbc:h2:./repository/database/WSO2AM_DB;DB_CLOSE_ON_EXIT=FALSE";
    String sharedUrl = "jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE";
    String username = "sa";
    String password = "$secret{db_password}";
    boolean driverAndValidationQuery = true;
    String userUrl;
    String realmManager;
    String userStoreType = "database";
    List<String> environments = new ArrayList<>(List.of("Production and Sandbox"));
    List<String> gatewayLabels = new ArrayList<>(List.of("Production and Sandbox"));
    String encryptionKey = "5e5ab1f6c1b3e3ab9ac9e7b1c1a2f3e4";
    String secrets = "admin_password = \"Q2lwaGVyVGV4dE9mQWRtaW4=\"\ndb_password = \"Q2lwaGVyVGV4dE9mRGI=\"";
    String reIndexing;
    String frequency;
    boolean keepVersioning;
    String extra = "";

    String render() {
        StringBuilder s = new StringBuilder();
        s.append("""
                [server]
                hostname = "apim.acme.example"
                node_ip = "127.0.0.1"
                server_role = "default"

                [super_admin]
                username = "admin"
                password = "$secret{admin_password}"
                create_admin_account = true

                """);
        s.append("[user_store]\ntype = \"").append(userStoreType).append("\"\n\n");
        datasource(s, "apim_db", apimUrl);
        datasource(s, "shared_db", sharedUrl);
        if (userUrl != null) {
            datasource(s, "user", userUrl);
        }
        if (realmManager != null) {
            s.append("[realm_manager]\ndata_source = \"").append(realmManager).append("\"\n\n");
        }
        s.append("""
                # keystores carried over from 3.2.0
                [keystore.tls]
                file_name = "wso2carbon.jks"
                type = "JKS"
                password = "wso2carbon"
                alias = "wso2carbon"
                key_password = "wso2carbon"

                """);
        for (String env : environments) {
            s.append("[[apim.gateway.environment]]\nname = \"").append(env).append("\"\ntype = \"hybrid\"\n")
                    .append("display_in_api_console = true\n")
                    .append("service_url = \"https://localhost:${mgt.transport.https.port}/services/\"\n")
                    .append("username = \"${admin.username}\"\npassword = \"${admin.password}\"\n\n");
        }
        s.append("[apim.sync_runtime_artifacts.gateway]\ngateway_labels = [")
                .append(String.join(", ", gatewayLabels.stream().map(l -> "\"" + l + "\"").toList())).append("]\n\n");
        if (encryptionKey != null) {
            s.append("[encryption]\nkey = \"").append(encryptionKey).append("\"\n\n");
        }
        if (reIndexing != null || frequency != null) {
            s.append("[indexing]\n");
            if (reIndexing != null) {
                s.append("re_indexing = ").append(reIndexing).append('\n');
            }
            if (frequency != null) {
                s.append("frequency = ").append(frequency).append('\n');
            }
            s.append('\n');
        }
        if (keepVersioning) {
            s.append("[registry.static_configuration]\nenable = true\n\n");
        }
        if (secrets != null) {
            s.append("[secrets]\n").append(secrets).append("\n\n");
        }
        s.append(extra);
        return s.toString();
    }

    private void datasource(StringBuilder s, String name, String url) {
        s.append("[database.").append(name).append("]\n")
                .append("type = \"").append(dbType).append("\"\n")
                .append("url = \"").append(url).append("\"\n")
                .append("username = \"").append(username).append("\"\n")
                .append("password = \"").append(password).append("\"\n");
        if (driverAndValidationQuery && !dbType.equals("h2")) {
            String driver = switch (dbType) {
                case "postgre" -> "org.postgresql.Driver";
                case "mysql" -> "com.mysql.cj.jdbc.Driver";
                default -> "some.Driver";
            };
            s.append("driver = \"").append(driver).append("\"\nvalidationQuery = \"SELECT 1\"\n");
        }
        s.append('\n');
    }
}
