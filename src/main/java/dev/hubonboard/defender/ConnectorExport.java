package dev.hubonboard.defender;

import java.util.Objects;

/**
 * Renders one connector three ways: an ARM template, a Bicep file and an {@code az rest} script. None of them
 * contains the access token: the renderers have no token argument, the templates take it as a secure parameter at
 * deployment, and the script asks for it (or reads it from Key Vault) when run.
 */
public final class ConnectorExport {

    public static final String RESOURCE_TYPE = "Microsoft.Security/securityConnectors";
    public static final String API_VERSION = "2024-08-01-preview";
    public static final String ENVIRONMENT_NAME = "DockerHub";
    public static final String ENVIRONMENT_TYPE = "DockerHubOrganization";
    public static final String AUTHENTICATION_TYPE = "AccessToken";

    /** Said in every export: no public example shows what Docker Hub connectors put in hierarchyIdentifier. */
    public static final String UNCONFIRMED =
            "hierarchyIdentifier = organization name is not confirmed by Microsoft's docs";

    /** The export formats, with the file extension each is saved under. */
    public enum Format {
        ARM_TEMPLATE(".json"),
        BICEP(".bicep"),
        AZ_REST_SCRIPT(".sh");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final ConnectorSettings settings;

    public ConnectorExport(ConnectorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ConnectorSettings settings() {
        return settings;
    }

    /** An ARM deployment template (JSON) with the token as a {@code securestring} parameter without default. */
    public String armTemplate() {
        return ArmTemplate.render(settings);
    }

    /** A Bicep file with the token as an {@code @secure()} parameter without default. */
    public String bicep() {
        return BicepFile.render(settings);
    }

    /** A bash script that reads the token without echoing it and PUTs the connector with {@code az rest}. */
    public String azRestScript() {
        return AzRestScript.render(settings);
    }

    public String render(Format format) {
        return switch (format) {
            case ARM_TEMPLATE -> armTemplate();
            case BICEP -> bicep();
            case AZ_REST_SCRIPT -> azRestScript();
        };
    }

    /** A suggested file name, such as {@code defender-dockerhub-acme.bicep}. */
    public String fileName(Format format) {
        return "defender-" + settings.connectorName() + format.extension();
    }
}
