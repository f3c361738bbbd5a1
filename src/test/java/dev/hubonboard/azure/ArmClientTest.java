package dev.hubonboard.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every ARM call against MockWebServer: method, path, api-version, headers, body; and every kind of error. */
class ArmClientTest {
    static final String AZURE_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJhcm0ifQ.AZURECANARYsig0123";
    static final String DOCKER_TOKEN = "dckr_pat_DOCKERCANARY0123456789abcdef";
    static final String SUB = "11111111-2222-4333-8444-555555555555";
    static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    MockWebServer server = new MockWebServer();
    final List<Duration> sleeps = new ArrayList<>();
    ArmClient arm;

    @BeforeEach
    void client() {
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 3,
                Duration.ofMillis(100), Duration.ofSeconds(60)), sleeps::add, Clock.systemUTC());
        arm = new ArmClient(transport, server.url("/"), AzureToken.of(AZURE_TOKEN, Instant.now().plusSeconds(3600),
                SUB, null));
    }

    void enqueue(int code, String body, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.addHeader(headers[i], headers[i + 1]);
        }
        server.enqueue(b.build());
    }

    RecordedRequest take(String method, String path, String apiVersion) throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        assertThat(r.getMethod()).isEqualTo(method);
        assertThat(r.getUrl().encodedPath()).isEqualTo(path);
        assertThat(r.getUrl().queryParameter("api-version")).isEqualTo(apiVersion);
        assertThat(r.getUrl().querySize()).as("only api-version in the query").isEqualTo(1);
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + AZURE_TOKEN);
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(r.getHeaders().get("User-Agent")).startsWith("hub-onboard/");
        return r;
    }

    static String connectorJson(String rg, String name, String org, String modifiedAt) {
        return "{\"id\":\"/subscriptions/" + SUB + "/resourceGroups/" + rg + "/providers/Microsoft.Security/"
                + "securityConnectors/" + name + "\",\"name\":\"" + name + "\",\"type\":\"Microsoft.Security/securityConnectors\","
                + "\"location\":\"westeurope\",\"systemData\":{\"lastModifiedAt\":\"" + modifiedAt + "\"},"
                + "\"properties\":{\"hierarchyIdentifier\":\"" + org + "\",\"environmentName\":\"DockerHub\","
                + "\"offerings\":[{\"offeringType\":\"CspmMonitorDockerHub\"},{\"offeringType\":\"DefenderForContainersDockerHub\"}],"
                + "\"environmentData\":{\"environmentType\":\"DockerHubOrganization\",\"scanInterval\":12,"
                + "\"authentication\":{\"authenticationType\":\"AccessToken\",\"username\":\"acmescanner\","
                + "\"accessToken\":\"" + DOCKER_TOKEN + "\"}}}}";
    }

    static ObjectNode body() {
        ObjectNode body = JSON.createObjectNode().put("location", "westeurope");
        body.putObject("properties").put("hierarchyIdentifier", "acme")
                .putObject("environmentData").putObject("authentication").put("accessToken", DOCKER_TOKEN);
        return body;
    }

    // ---- each call ----

    @Test
    void subscriptions() throws Exception {
        enqueue(200, "{\"value\":[{\"id\":\"/subscriptions/" + SUB + "\",\"subscriptionId\":\"" + SUB + "\","
                + "\"displayName\":\"Production\",\"state\":\"Enabled\",\"tenantId\":\"t-1\"}]}");

        assertThat(arm.subscriptions()).containsExactly(new Subscription(SUB, "Production", "Enabled", "t-1"));
        take("GET", "/subscriptions", "2022-12-01");
    }

    @Test
    void resourceGroupsAndLocations() throws Exception {
        enqueue(200, "{\"value\":[{\"name\":\"rg-security\",\"location\":\"westeurope\"}]}");
        enqueue(200, "{\"value\":[{\"name\":\"westeurope\",\"displayName\":\"West Europe\"}]}");

        assertThat(arm.resourceGroups(SUB)).containsExactly(new ResourceGroup("rg-security", "westeurope"));
        assertThat(arm.locations(SUB)).containsExactly(new Location("westeurope", "West Europe"));
        take("GET", "/subscriptions/" + SUB + "/resourcegroups", "2021-04-01");
        take("GET", "/subscriptions/" + SUB + "/locations", "2022-12-01");
    }

    @Test
    void providerStateAndRegister() throws Exception {
        enqueue(200, "{\"namespace\":\"Microsoft.Security\",\"registrationState\":\"NotRegistered\"}");
        enqueue(200, "{\"namespace\":\"Microsoft.Security\",\"registrationState\":\"Registering\"}");

        assertThat(arm.providerRegistrationState(SUB)).isEqualTo("NotRegistered");
        assertThat(arm.registerProvider(SUB)).isEqualTo("Registering");
        take("GET", "/subscriptions/" + SUB + "/providers/Microsoft.Security", "2021-04-01");
        RecordedRequest post = take("POST", "/subscriptions/" + SUB + "/providers/Microsoft.Security/register", "2021-04-01");
        assertThat(post.getBody().size()).isZero();
    }

    @Test
    void pricings() throws Exception {
        enqueue(200, "{\"name\":\"Containers\",\"properties\":{\"pricingTier\":\"Standard\"}}");
        enqueue(200, "{\"name\":\"CloudPosture\",\"properties\":{\"pricingTier\":\"Free\"}}");

        assertThat(arm.pricing(SUB, Pricing.CONTAINERS).on()).isTrue();
        assertThat(arm.pricing(SUB, Pricing.CLOUD_POSTURE).on()).isFalse();
        take("GET", "/subscriptions/" + SUB + "/providers/Microsoft.Security/pricings/Containers", "2024-01-01");
        take("GET", "/subscriptions/" + SUB + "/providers/Microsoft.Security/pricings/CloudPosture", "2024-01-01");
    }

    @Test
    void connectorsAreListedAcrossPagesWithoutTheToken() throws Exception {
        String next = server.url("/subscriptions/" + SUB + "/providers/Microsoft.Security/securityConnectors"
                + "?api-version=2024-08-01-preview&$skipToken=2").toString();
        enqueue(200, "{\"value\":[" + connectorJson("rg-a", "dockerhub-acme", "acme", "2026-11-01T10:00:00Z")
                + "],\"nextLink\":\"" + next + "\"}");
        enqueue(200, "{\"value\":[" + connectorJson("rg-b", "other", "globex", "2026-11-01T10:00:00Z") + "]}");

        List<SecurityConnector> all = arm.connectors(SUB);

        assertThat(all).extracting(SecurityConnector::name).containsExactly("dockerhub-acme", "other");
        SecurityConnector first = all.getFirst();
        assertThat(first.resourceGroup()).isEqualTo("rg-a");
        assertThat(first.isFor("acme")).isTrue();
        assertThat(first.isFor("globex")).isFalse();
        assertThat(first.offerings()).containsExactly("CspmMonitorDockerHub", "DefenderForContainersDockerHub");
        assertThat(first.scanInterval()).isEqualTo(12);
        assertThat(first.username()).isEqualTo("acmescanner");
        assertThat(first.lastModifiedAt()).contains(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(all.toString()).doesNotContain("DOCKERCANARY");
        take("GET", "/subscriptions/" + SUB + "/providers/Microsoft.Security/securityConnectors", "2024-08-01-preview");
        RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(second.getUrl().queryParameter("$skipToken")).isEqualTo("2");
        assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + AZURE_TOKEN);
    }

    @Test
    void nextLinkToAnotherHostIsNotFollowed() {
        enqueue(200, "{\"value\":[],\"nextLink\":\"https://elsewhere.example/subscriptions?page=2\"}");

        assertThatThrownBy(() -> arm.connectors(SUB)).isInstanceOf(ArmException.class).hasMessageContaining("not followed");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void getConnectorAndAbsentConnector() throws Exception {
        enqueue(200, connectorJson("rg-a", "dockerhub-acme", "acme", "2026-11-01T10:00:00Z"));
        enqueue(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"not found\"}}");

        assertThat(arm.connector(SUB, "rg-a", "dockerhub-acme")).map(SecurityConnector::hierarchyIdentifier).contains("acme");
        assertThat(arm.connector(SUB, "rg-a", "missing")).isEmpty();
        take("GET", "/subscriptions/" + SUB + "/resourceGroups/rg-a/providers/Microsoft.Security/securityConnectors/dockerhub-acme",
                "2024-08-01-preview");
    }

    @Test
    void putSendsTheBodyAndCalls200And201BothWritten() throws Exception {
        // Contract changed on purpose (issue 19.4): the spec allows 200 or 201 for a create, so the status says
        // "written" only; created or updated comes from the pre-flight.
        enqueue(201, connectorJson("rg-a", "dockerhub-acme", "acme", "2026-11-01T10:00:00Z"));
        enqueue(200, connectorJson("rg-a", "dockerhub-acme", "acme", "2026-11-01T10:00:00Z"));

        assertThat(arm.putConnector(SUB, "rg-a", "dockerhub-acme", body(), DOCKER_TOKEN).outcome())
                .isEqualTo(ArmClient.Outcome.WRITTEN);
        assertThat(arm.putConnector(SUB, "rg-a", "dockerhub-acme", body(), DOCKER_TOKEN).outcome())
                .isEqualTo(ArmClient.Outcome.WRITTEN);
        RecordedRequest put = take("PUT", "/subscriptions/" + SUB + "/resourceGroups/rg-a/providers/Microsoft.Security/"
                + "securityConnectors/dockerhub-acme", "2024-08-01-preview");
        assertThat(put.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode sent = JSON.readTree(put.getBody().utf8());
        assertThat(sent).isEqualTo(body());
    }

    @Test
    void deleteConnector() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(new MockResponse.Builder().code(404).build());

        assertThat(arm.deleteConnector(SUB, "rg-a", "x")).isTrue();
        assertThat(arm.deleteConnector(SUB, "rg-a", "x")).isFalse();
        take("DELETE", "/subscriptions/" + SUB + "/resourceGroups/rg-a/providers/Microsoft.Security/securityConnectors/x",
                "2024-08-01-preview");
    }

    @Test
    void pathSegmentsAreEncoded() throws Exception {
        enqueue(200, "{\"value\":[]}");

        arm.resourceGroups("a/b?c");

        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/subscriptions/a%2Fb%3Fc/resourcegroups");
    }

    // ---- errors ----

    @Test
    void forbiddenNamesAzuresCodeMessageAndTheRole() {
        enqueue(403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'admin@contoso.com' does "
                + "not have authorization to perform action 'Microsoft.Security/securityConnectors/write'.\"}}");

        assertThatThrownBy(() -> arm.putConnector(SUB, "rg-a", "n", body(), DOCKER_TOKEN))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ArmException.Kind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("AuthorizationFailed");
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("HTTP 403 AuthorizationFailed")
                            .contains("securityConnectors/write").contains("Security Admin")
                            .contains("Contributor or Owner on the resource group");
                    assertThat(e.roleNeeded()).hasValueSatisfying(r -> assertThat(r).contains("Security Admin"));
                });
        assertThat(server.getRequestCount()).as("a refusal is not retried").isEqualTo(1);
    }

    @Test
    void unauthorizedMeansSignInAgain() {
        enqueue(401, "{\"error\":{\"code\":\"ExpiredAuthenticationToken\",\"message\":\"The access token expiry UTC "
                + "time is earlier than current UTC time.\"}}");

        assertThatThrownBy(() -> arm.subscriptions()).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.kind()).isEqualTo(ArmException.Kind.SIGN_IN);
            assertThat(e.getMessage()).contains("ExpiredAuthenticationToken").contains("az login");
        });
    }

    @Test
    void missingRegistrationAndInvalidContent() {
        enqueue(409, "{\"error\":{\"code\":\"MissingSubscriptionRegistration\",\"message\":\"The subscription is not "
                + "registered to use namespace 'Microsoft.Security'.\"}}");
        enqueue(400, "{\"error\":{\"code\":\"InvalidRequestContent\",\"message\":\"scanInterval must be 1-24\"}}");

        assertThatThrownBy(() -> arm.putConnector(SUB, "rg", "n", body(), DOCKER_TOKEN))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ArmException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("must be registered");
                });
        assertThatThrownBy(() -> arm.putConnector(SUB, "rg", "n", body(), DOCKER_TOKEN))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ArmException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("InvalidRequestContent");
                    assertThat(e.detail()).isEqualTo("scanInterval must be 1-24");
                });
    }

    @Test
    void tokensEchoedInAnErrorAreMasked() {
        enqueue(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"bad accessToken " + DOCKER_TOKEN
                + " sent with Bearer " + AZURE_TOKEN + "\"}}");

        assertThatThrownBy(() -> arm.putConnector(SUB, "rg", "n", body(), DOCKER_TOKEN))
                .isInstanceOfSatisfying(ArmException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("DOCKERCANARY").doesNotContain("AZURECANARY")
                            .contains("bad accessToken ***");
                    assertThat(e.detail()).doesNotContain("CANARY");
                });
    }

    @Test
    void anErrorCodeThatIsNotAnIdentifierIsNotRepeated() {
        enqueue(400, "{\"error\":{\"code\":\"echo Bearer " + AZURE_TOKEN + "\",\"message\":\"no\"}}");

        assertThatThrownBy(() -> arm.subscriptions()).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.code()).isEmpty();
            assertThat(e.getMessage()).doesNotContain("AZURECANARY").contains("HTTP 400)");
        });
    }

    @Test
    void rateLimitIsWaitedOutAsRetryAfterSays() throws Exception {
        enqueue(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}", "Retry-After", "7");
        enqueue(201, connectorJson("rg-a", "n", "acme", "2026-11-01T10:00:00Z"));

        assertThat(arm.putConnector(SUB, "rg-a", "n", body(), DOCKER_TOKEN).outcome()).isEqualTo(ArmClient.Outcome.WRITTEN);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitLongerThanWeWaitIsTyped() {
        enqueue(429, "{}", "Retry-After", "600");

        assertThatThrownBy(() -> arm.subscriptions()).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.kind()).isEqualTo(ArmException.Kind.RATE_LIMITED);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(600));
            assertThat(e.getMessage()).contains("600 s").doesNotContain("Docker Hub");
        });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void getsAreRetriedOn5xx() throws Exception {
        enqueue(503, "{}");
        enqueue(500, "{}");
        enqueue(200, "{\"value\":[]}");

        assertThat(arm.subscriptions()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void failedPutIsReadBackAndWrittenAgainOnlyWhenItDidNotLand() throws Exception {
        enqueue(500, "{}");
        enqueue(404, "{\"error\":{\"code\":\"ResourceNotFound\"}}");
        enqueue(201, connectorJson("rg-a", "n", "acme", "2026-11-01T10:00:00Z"));

        assertThat(arm.putConnector(SUB, "rg-a", "n", body(), DOCKER_TOKEN).outcome()).isEqualTo(ArmClient.Outcome.WRITTEN);
        List<String> methods = List.of(server.takeRequest().getMethod(), server.takeRequest().getMethod(),
                server.takeRequest().getMethod());
        assertThat(methods).containsExactly("PUT", "GET", "PUT");
    }

    @Test
    void failedPutThatLandedIsNotWrittenAgain() throws Exception {
        enqueue(502, "{}");
        enqueue(200, connectorJson("rg-a", "n", "acme", Instant.now().toString()));

        ArmClient.PutResult result = arm.putConnector(SUB, "rg-a", "n", body(), DOCKER_TOKEN);

        assertThat(result.outcome()).isEqualTo(ArmClient.Outcome.CONFIRMED_BY_READ_BACK);
        assertThat(result.connector().name()).isEqualTo("n");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failedPutThatCannotBeReadBackIsUncertainAndNotRetried() throws Exception {
        enqueue(500, "{}");
        enqueue(403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"no read\"}}");

        assertThatThrownBy(() -> arm.putConnector(SUB, "rg-a", "n", body(), DOCKER_TOKEN))
                .isInstanceOf(WriteUncertainException.class).hasMessageContaining("nothing was retried");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void putIsTriedAtMostTwice() {
        for (int i = 0; i < 2; i++) {
            enqueue(500, "{}");
            enqueue(200, connectorJson("rg-a", "n", "acme", "2020-01-01T00:00:00Z")); // the old one, unchanged
        }

        assertThatThrownBy(() -> arm.putConnector(SUB, "rg-a", "n", body(), DOCKER_TOKEN))
                .isInstanceOf(WriteUncertainException.class).hasMessageContaining("does not show this write");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void toStringHidesTheToken() {
        assertThat(arm.toString()).doesNotContain("AZURECANARY");
    }
}
