package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connector body: built in one place, the token only in the form that is sent. */
class ConnectorBodyTest {
    static final ConnectorSettings S = ConnectorSettings.builder("acme-corp", "acmescanner")
            .offerings(Plan.CSPM_MONITOR, Plan.DEFENDER_FOR_CONTAINERS, Plan.DEFENDER_CSPM).scanIntervalHours(6).build();

    @Test
    void bodyHasTheDocumentedShape() {
        JsonNode b = ConnectorBody.withToken(S, "westeurope", "dckr_pat_x0123456789");

        assertThat(b.path("location").asText()).isEqualTo("westeurope");
        assertThat(b.at("/properties/hierarchyIdentifier").asText()).isEqualTo("acme-corp");
        assertThat(b.at("/properties/environmentName").asText()).isEqualTo("DockerHub");
        assertThat(b.at("/properties/offerings").toString()).isEqualTo("[{\"offeringType\":\"CspmMonitorDockerHub\"},"
                + "{\"offeringType\":\"DefenderForContainersDockerHub\"},{\"offeringType\":\"DefenderCspmDockerHub\"}]");
        assertThat(b.at("/properties/environmentData/environmentType").asText()).isEqualTo("DockerHubOrganization");
        assertThat(b.at("/properties/environmentData/scanInterval").asInt()).isEqualTo(6);
        assertThat(b.at("/properties/environmentData/authentication").toString()).isEqualTo("{\"authenticationType\":"
                + "\"AccessToken\",\"username\":\"acmescanner\",\"accessToken\":\"dckr_pat_x0123456789\"}");
    }

    @Test
    void maskedAndExportFormsNeverHoldTheToken() {
        assertThat(ConnectorBody.masked(S, "westeurope").at("/properties/environmentData/authentication/accessToken")
                .asText()).isEqualTo("***");
        assertThat(ConnectorBody.withoutLocationAndToken(S).has("location")).isFalse();
        assertThat(ConnectorBody.withoutLocationAndToken(S).at("/properties/environmentData/authentication")
                .has("accessToken")).isFalse();
        assertThat(AzRestScript.body(S)).isEqualTo(ConnectorBody.withoutLocationAndToken(S));
    }

    @Test
    void hierarchyIdentifierIsTheOrganizationName() {
        assertThat(ConnectorBody.hierarchyIdentifier("acme-corp")).isEqualTo("acme-corp");
    }

    @Test
    void aWriteWithoutATokenIsRefused() {
        assertThatThrownBy(() -> ConnectorBody.withToken(S, "westeurope", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Access token:");
    }
}
