package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class ArmTemplateTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(ConnectorSettings s) throws Exception {
        return MAPPER.readTree(new ConnectorExport(s).armTemplate());
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    @Test
    void isADeploymentTemplateWithTheConnectorResource() throws Exception {
        JsonNode t = parse(Fixtures.full());
        assertThat(t.path("$schema").asText())
                .isEqualTo("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        assertThat(t.path("contentVersion").asText()).isEqualTo("1.0.0.0");
        assertThat(t.path("resources")).hasSize(1);
        JsonNode r = t.path("resources").get(0);
        assertThat(r.path("type").asText()).isEqualTo("Microsoft.Security/securityConnectors");
        assertThat(r.path("apiVersion").asText()).isEqualTo("2024-08-01-preview");
        assertThat(r.path("name").asText()).isEqualTo("[parameters('connectorName')]");
        assertThat(r.path("location").asText()).isEqualTo("[parameters('location')]");

        JsonNode p = r.path("properties");
        assertThat(p.path("hierarchyIdentifier").asText()).isEqualTo("[parameters('organization')]");
        assertThat(p.path("environmentName").asText()).isEqualTo("DockerHub");
        assertThat(texts(p.path("offerings"), "offeringType"))
                .containsExactly("DefenderForContainersDockerHub", "DefenderCspmDockerHub");
        JsonNode env = p.path("environmentData");
        assertThat(env.path("environmentType").asText()).isEqualTo("DockerHubOrganization");
        assertThat(env.path("scanInterval").asText()).isEqualTo("[parameters('scanInterval')]");
        JsonNode auth = env.path("authentication");
        assertThat(auth.path("authenticationType").asText()).isEqualTo("AccessToken");
        assertThat(auth.path("username").asText()).isEqualTo("[parameters('dockerId')]");
        assertThat(auth.path("accessToken").asText()).isEqualTo("[parameters('dockerHubAccessToken')]");
    }

    @Test
    void theTokenIsASecureStringWithoutDefault() throws Exception {
        JsonNode token = parse(Fixtures.full()).path("parameters").path("dockerHubAccessToken");
        assertThat(token.path("type").asText()).isEqualTo("securestring");
        assertThat(token.has("defaultValue")).isFalse();
        assertThat(token.has("allowedValues")).isFalse();
    }

    @Test
    void parametersHoldTheValuesEntered() throws Exception {
        JsonNode params = parse(Fixtures.full()).path("parameters");
        assertThat(params.path("connectorName").path("defaultValue").asText()).isEqualTo("acme-dockerhub");
        assertThat(params.path("location").path("defaultValue").asText()).isEqualTo("northeurope");
        assertThat(params.path("organization").path("defaultValue").asText()).isEqualTo("acme-corp");
        assertThat(params.path("dockerId").path("defaultValue").asText()).isEqualTo("acmescanner");
        JsonNode interval = params.path("scanInterval");
        assertThat(interval.path("type").asText()).isEqualTo("int");
        assertThat(interval.path("defaultValue").isInt()).isTrue();
        assertThat(interval.path("defaultValue").asInt()).isEqualTo(12);
        assertThat(StreamSupport.stream(interval.path("allowedValues").spliterator(), false).map(JsonNode::asInt))
                .containsExactly(4, 6, 12, 24);
        params.properties().forEach(e -> assertThat(e.getValue().path("type").asText())
                .as(e.getKey()).isIn("string", "int", "securestring"));
    }

    @Test
    void withoutARegionTheResourceGroupsIsUsed() throws Exception {
        JsonNode location = parse(Fixtures.minimal()).path("parameters").path("location");
        assertThat(location.path("defaultValue").asText()).isEqualTo("[resourceGroup().location]");
    }

    @Test
    void theUnconfirmedHierarchyIdentifierIsFlagged() throws Exception {
        JsonNode t = parse(Fixtures.full());
        assertThat(t.path("metadata").path("unconfirmed").asText())
                .isEqualTo("hierarchyIdentifier = organization name is not confirmed by Microsoft's docs");
        assertThat(t.path("parameters").path("organization").path("metadata").path("description").asText())
                .contains("UNCONFIRMED");
    }

    @Test
    void aLiteralStartingWithABracketIsEscapedSoArmDoesNotEvaluateIt() {
        assertThat(ArmTemplate.literal("[concat('a')]")).isEqualTo("[[concat('a')]");
        assertThat(ArmTemplate.literal("acme")).isEqualTo("acme");
    }
}
