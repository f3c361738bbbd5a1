package dev.hubonboard.defender;

import java.util.stream.Collectors;

/**
 * The Bicep file: the same resource as {@link ArmTemplate}, with the values entered as parameter defaults and the
 * token as an {@code @secure()} parameter without default.
 */
final class BicepFile {

    private BicepFile() {
    }

    static String render(ConnectorSettings s) {
        String offerings = s.offerings().stream()
                .map(p -> "      {\n        offeringType: " + quote(p.offeringType()) + "\n      }\n")
                .collect(Collectors.joining());
        String location = s.location().map(BicepFile::quote).orElse("resourceGroup().location");
        return """
                // Microsoft Defender for Cloud connector for the Docker Hub organization %1$s.
                // Exported by Hub Onboard. The access token is not in this file: it is a secure parameter without
                // default, so in a terminal `az deployment group create --resource-group <group> --template-file <this file>`
                // asks for it without echoing it. A parameters file may reference it from Key Vault instead.

                @description('Name of the security connector (one per Docker Hub organization).')
                param connectorName string = %2$s

                @description('Azure region of the connector resource.')
                param location string = %3$s

                @description('Docker Hub organization; also sent as hierarchyIdentifier (unconfirmed, see below).')
                param organization string = %4$s

                @description('Docker ID (not e-mail) of the dedicated Docker Hub user the connector signs in as.')
                param dockerId string = %5$s

                @description('Hours between scans of the organization\\'s repositories.')
                @allowed([4, 6, 12, 24])
                param scanInterval int = %6$d

                @description('Read-only personal access token of the dedicated user.')
                @secure()
                param dockerHubAccessToken string

                resource connector '%7$s@%8$s' = {
                  name: connectorName
                  location: location
                  properties: {
                    // UNCONFIRMED: %9$s.
                    hierarchyIdentifier: organization
                    environmentName: %10$s
                    offerings: [
                %11$s    ]
                    environmentData: {
                      environmentType: %12$s
                      scanInterval: scanInterval
                      authentication: {
                        authenticationType: %13$s
                        username: dockerId
                        accessToken: dockerHubAccessToken
                      }
                    }
                  }
                }

                output connectorId string = connector.id
                """.formatted(quote(s.organization()), quote(s.connectorName()), location, quote(s.organization()),
                quote(s.dockerId()), s.scanIntervalHours(), ConnectorExport.RESOURCE_TYPE, ConnectorExport.API_VERSION,
                ConnectorExport.UNCONFIRMED, quote(ConnectorExport.ENVIRONMENT_NAME),
                offerings, quote(ConnectorExport.ENVIRONMENT_TYPE), quote(ConnectorExport.AUTHENTICATION_TYPE));
    }

    /** A Bicep string literal: backslash, quote, '${' (interpolation) and control characters escaped. */
    static String quote(String value) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '$' -> b.append(i + 1 < value.length() && value.charAt(i + 1) == '{' ? "\\$" : "$");
                default -> {
                    if (c < 0x20) {
                        b.append("\\u{").append(Integer.toHexString(c)).append('}');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('\'').toString();
    }
}
