package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one place the Docker Hub connector's request body is built (issue 15's facts; azure-rest-api-specs
 * Microsoft.Security 2024-08-01-preview {@code SecurityConnectorProperties}, {@code DockerHubEnvironmentData}):
 * <pre>
 * {"location", "properties": {"hierarchyIdentifier", "environmentName": "DockerHub", "offerings": [{"offeringType"}],
 *   "environmentData": {"environmentType": "DockerHubOrganization", "scanInterval",
 *     "authentication": {"authenticationType": "AccessToken", "username", "accessToken"}}}}
 * </pre>
 * The write sends it with the token; the review, the dry run and the az rest export use the masked or token-less forms.
 */
public final class ConnectorBody {
    /** What stands for the token wherever the body is shown. */
    public static final String MASK = "***";

    private ConnectorBody() {
    }

    /**
     * INFERRED, not documented: Microsoft publishes no Docker Hub connector example, and the spec only says
     * "the multi cloud resource identifier (account id in case of AWS, project number in case of GCP)". The
     * organization name is the Docker Hub counterpart; this is the one place that decides it, the review shows it,
     * and {@link ConnectorExport#UNCONFIRMED} says so in every export.
     */
    public static String hierarchyIdentifier(String organization) {
        return organization;
    }

    /** The body a write sends. Holds the token: never print, log or save it. */
    public static ObjectNode withToken(ConnectorSettings s, String location, String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("Access token: the connector needs the dedicated user's token.");
        }
        return build(s, location, accessToken);
    }

    /**
     * An update: the connector as read back, sent again with only the authentication replaced, and the plans or the
     * scan interval only where the user chose them. A PUT is a full replace, so everything else (location, tags,
     * hierarchyIdentifier, any property we do not know) goes back as Azure had it. Read-only fields are left out.
     *
     * @param readBack the connector's resource as read, without any token ({@code SecurityConnector.resource()})
     */
    public static ObjectNode update(ObjectNode readBack, ConnectorSettings s, PreFlight.Chosen chosen,
                                    String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new IllegalArgumentException("Access token: the connector needs the dedicated user's token.");
        }
        ObjectNode body = readBack.deepCopy();
        body.remove(java.util.List.of("id", "name", "type", "systemData", "etag"));
        ObjectNode properties = body.has("properties") && body.get("properties").isObject()
                ? (ObjectNode) body.get("properties") : body.putObject("properties");
        ObjectNode environment = properties.has("environmentData") && properties.get("environmentData").isObject()
                ? (ObjectNode) properties.get("environmentData") : properties.putObject("environmentData");
        if (chosen.plans()) {
            ArrayNode before = properties.has("offerings") && properties.get("offerings").isArray()
                    ? (ArrayNode) properties.get("offerings") : Json.MAPPER.createArrayNode();
            ArrayNode offerings = Json.MAPPER.createArrayNode();
            for (Plan p : s.offerings()) {
                // An offering kept keeps whatever settings Azure holds for it.
                com.fasterxml.jackson.databind.JsonNode kept = null;
                for (com.fasterxml.jackson.databind.JsonNode o : before) {
                    if (o.path("offeringType").asText("").equalsIgnoreCase(p.offeringType())) {
                        kept = o;
                    }
                }
                offerings.add(kept != null ? kept.deepCopy() : Json.MAPPER.createObjectNode()
                        .put("offeringType", p.offeringType()));
            }
            properties.set("offerings", offerings);
        }
        if (chosen.scanInterval()) {
            environment.put("scanInterval", s.scanIntervalHours());
        }
        ObjectNode authentication = environment.putObject("authentication");
        authentication.put("authenticationType", ConnectorExport.AUTHENTICATION_TYPE);
        authentication.put("username", s.dockerId());
        authentication.put("accessToken", accessToken);
        return body;
    }

    /** The body as a review or a dry run shows it: the token is {@value #MASK}. */
    public static ObjectNode masked(ConnectorSettings s, String location) {
        return build(s, location, MASK);
    }

    /** Pretty JSON of the masked body. */
    public static String maskedText(ConnectorSettings s, String location) {
        return Json.pretty(masked(s, location));
    }

    /** Without location and token: what the az rest script fills in at run time. */
    static ObjectNode withoutLocationAndToken(ConnectorSettings s) {
        return build(s, null, null);
    }

    private static ObjectNode build(ConnectorSettings s, String location, String accessToken) {
        ObjectNode body = Json.object();
        if (location != null) {
            body.put("location", location);
        }
        ObjectNode properties = body.putObject("properties");
        properties.put("hierarchyIdentifier", hierarchyIdentifier(s.organization()));
        properties.put("environmentName", ConnectorExport.ENVIRONMENT_NAME);
        ArrayNode offerings = properties.putArray("offerings");
        s.offerings().forEach(p -> offerings.addObject().put("offeringType", p.offeringType()));
        ObjectNode environment = properties.putObject("environmentData");
        environment.put("environmentType", ConnectorExport.ENVIRONMENT_TYPE);
        environment.put("scanInterval", s.scanIntervalHours());
        ObjectNode authentication = environment.putObject("authentication");
        authentication.put("authenticationType", ConnectorExport.AUTHENTICATION_TYPE);
        authentication.put("username", s.dockerId());
        if (accessToken != null) {
            authentication.put("accessToken", accessToken);
        }
        return body;
    }
}
