package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The ARM template. Values entered become parameter defaults (so a deployment can override them) and the resource
 * refers to the parameters. ARM JSON has no comments, so the unconfirmed hierarchyIdentifier is flagged in
 * {@code metadata} of the template and of the organization parameter.
 */
final class ArmTemplate {

    static final String SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";

    private ArmTemplate() {
    }

    static String render(ConnectorSettings s) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("contentVersion", "1.0.0.0");
        ObjectNode metadata = root.putObject("metadata");
        metadata.put("description", "Microsoft Defender for Cloud connector for the Docker Hub organization '"
                + s.organization() + "', exported by Hub Onboard. The access token is a secure parameter and is not "
                + "stored in this file.");
        metadata.put("unconfirmed", ConnectorExport.UNCONFIRMED);

        ObjectNode parameters = root.putObject("parameters");
        string(parameters, "connectorName", literal(s.connectorName()), "Name of the security connector (one per Docker Hub organization).");
        string(parameters, "location", s.location().map(ArmTemplate::literal).orElse("[resourceGroup().location]"),
                "Azure region of the connector resource.");
        string(parameters, "organization", literal(s.organization()),
                "Docker Hub organization. Also sent as hierarchyIdentifier: UNCONFIRMED, " + ConnectorExport.UNCONFIRMED + ".");
        string(parameters, "dockerId", literal(s.dockerId()),
                "Docker ID (not e-mail) of the dedicated Docker Hub user the connector signs in as.");
        ObjectNode interval = parameters.putObject("scanInterval");
        interval.put("type", "int");
        interval.put("defaultValue", s.scanIntervalHours());
        ArrayNode allowed = interval.putArray("allowedValues");
        ConnectorSettings.SCAN_INTERVALS.stream().sorted().forEach(allowed::add);
        interval.putObject("metadata").put("description", "Hours between scans of the organization's repositories.");
        ObjectNode token = parameters.putObject("dockerHubAccessToken");
        token.put("type", "securestring");
        // No defaultValue, ever: a default would put the secret into the template and the deployment history.
        token.putObject("metadata").put("description", "Read-only personal access token of the dedicated user. "
                + "Supply it at deployment (az deployment prompts for it in a terminal) or through a Key Vault reference in a parameters file.");

        ObjectNode connector = root.putArray("resources").addObject();
        connector.put("type", ConnectorExport.RESOURCE_TYPE);
        connector.put("apiVersion", ConnectorExport.API_VERSION);
        connector.put("name", "[parameters('connectorName')]");
        connector.put("location", "[parameters('location')]");
        ObjectNode properties = connector.putObject("properties");
        properties.put("hierarchyIdentifier", "[parameters('organization')]");
        properties.put("environmentName", ConnectorExport.ENVIRONMENT_NAME);
        ArrayNode offerings = properties.putArray("offerings");
        s.offerings().forEach(p -> offerings.addObject().put("offeringType", p.offeringType()));
        ObjectNode environment = properties.putObject("environmentData");
        environment.put("environmentType", ConnectorExport.ENVIRONMENT_TYPE);
        environment.put("scanInterval", "[parameters('scanInterval')]");
        ObjectNode authentication = environment.putObject("authentication");
        authentication.put("authenticationType", ConnectorExport.AUTHENTICATION_TYPE);
        authentication.put("username", "[parameters('dockerId')]");
        authentication.put("accessToken", "[parameters('dockerHubAccessToken')]");

        ObjectNode id = root.putObject("outputs").putObject("connectorId");
        id.put("type", "string");
        id.put("value", "[resourceId('" + ConnectorExport.RESOURCE_TYPE + "', parameters('connectorName'))]");
        return Json.pretty(root);
    }

    private static void string(ObjectNode parameters, String name, String defaultValue, String description) {
        ObjectNode p = parameters.putObject(name);
        p.put("type", "string");
        p.put("defaultValue", defaultValue);
        p.putObject("metadata").put("description", description);
    }

    /** ARM reads a string starting with '[' as an expression; "[[" makes it a literal '['. */
    static String literal(String value) {
        return value.startsWith("[") ? "[" + value : value;
    }
}
