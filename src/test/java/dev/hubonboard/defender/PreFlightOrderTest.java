package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pre-flight and the write against MockWebServer answering with the quoted bodies ({@code bodies/arm-*.json}):
 * Azure's order (provider, register, then Defender's reads), a role on the group only, an update that changes only
 * the authentication, created vs updated from the look, and a region where connectors are not offered.
 */
class PreFlightOrderTest {
    static final String SUB = "11111111-2222-4333-8444-555555555555";
    static final String TOKEN = "dckr_pat_NEWTOKEN0123456789abcdefABCD";
    static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    MockWebServer server = new MockWebServer();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final List<String> said = new ArrayList<>();
    final List<Duration> waits = new ArrayList<>();
    /** path part → queued answers (status, body file or inline JSON); the last one repeats. */
    final Map<String, List<String[]>> answers = new ConcurrentHashMap<>();
    volatile String putBody;
    ConnectorCreation creation;

    static String body(String file) {
        try (InputStream in = PreFlightOrderTest.class.getResourceAsStream("/dev/hubonboard/bodies/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    void on(String key, String status, String bodyOrFile) {
        answers.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(new String[]{status, bodyOrFile});
    }

    @BeforeEach
    void azure() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                requests.add(r.getMethod() + " " + path);
                if (r.getMethod().equals("PUT")) {
                    putBody = r.getBody().utf8();
                }
                String key = r.getMethod() + " " + path.replace("/subscriptions/" + SUB, "");
                List<String[]> queue = answers.get(key);
                if (queue == null || queue.isEmpty()) {
                    return new MockResponse.Builder().code(404).body("{\"error\":{\"code\":\"NotFound\"}}").build();
                }
                String[] a = queue.size() > 1 ? queue.removeFirst() : queue.getFirst();
                String b = a[1].endsWith(".json") ? body(a[1]) : a[1];
                return new MockResponse.Builder().code(Integer.parseInt(a[0])).addHeader("Content-Type",
                        "application/json").body(b).build();
            }
        });
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 1,
                Duration.ofMillis(1), Duration.ofSeconds(5)), d -> { }, Clock.systemUTC());
        creation = new ConnectorCreation(new ArmClient(transport, server.url("/"), AzureToken.of("eyJ.arm.token",
                Instant.now().plusSeconds(3600), SUB, null)), waits::add, Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"),
                ZoneOffset.UTC));
    }

    static final String PROVIDER = "GET /providers/Microsoft.Security";
    static final String CONNECTORS = "GET /providers/Microsoft.Security/securityConnectors";
    static final String GROUP_CONNECTORS = "GET /resourceGroups/rg-security/providers/Microsoft.Security/securityConnectors";
    static final String CONNECTOR = "/resourceGroups/rg-security/providers/Microsoft.Security/securityConnectors/dockerhub-acme";
    static final String PERMISSIONS = "GET /resourcegroups/rg-security/providers/Microsoft.Authorization/permissions";
    static final String CONTRIBUTOR = "{\"value\":[{\"actions\":[\"*\"],\"notActions\":[]}]}";

    void registeredSubscription() {
        on(PROVIDER, "200", body("arm-provider-security.json").replace("\"NotRegistered\"", "\"Registered\""));
        on("GET /providers/Microsoft.Security/pricings/Containers", "200", "{\"name\":\"Containers\",\"properties\":{\"pricingTier\":\"Standard\"}}");
        on("GET /providers/Microsoft.Security/pricings/CloudPosture", "200", "{\"name\":\"CloudPosture\",\"properties\":{\"pricingTier\":\"Free\"}}");
        on(CONNECTORS, "200", "{\"value\":[]}");
        on("GET /locations", "200", "arm-locations.json");
        on(PERMISSIONS, "200", CONTRIBUTOR);
        on("GET " + CONNECTOR, "200", "arm-connector-dockerhub.json");
    }

    static ConnectorSettings settings(String location) {
        return ConnectorSettings.builder("acme", "acmescanner").subscriptionId(SUB).resourceGroup("rg-security")
                .location(location).connectorName("dockerhub-acme").build();
    }

    int index(String prefix) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void providerIsReadAndRegisteredBeforeDefendersOwnReads() throws Exception {
        registeredSubscription();
        answers.remove(PROVIDER);
        on(PROVIDER, "200", "arm-provider-security.json"); // NotRegistered
        on(PROVIDER, "200", "{\"registrationState\":\"Registering\"}");
        on(PROVIDER, "200", "{\"registrationState\":\"Registered\"}");
        on("POST /providers/Microsoft.Security/register", "200", "{\"registrationState\":\"Registering\"}");

        PreFlight p = creation.preFlight(settings("westeurope"), PreFlight.Chosen.ALL, true, said::add);

        int register = index("POST ");
        assertThat(index("GET /subscriptions/" + SUB + "/providers/Microsoft.Security")).isLessThan(register);
        assertThat(index("GET /subscriptions/" + SUB + "/providers/Microsoft.Security/pricings")).isGreaterThan(register);
        assertThat(index("GET /subscriptions/" + SUB + "/providers/Microsoft.Security/securityConnectors"))
                .isGreaterThan(register);
        assertThat(waits).hasSize(2);
        assertThat(said).first().asString().startsWith("Registering the Microsoft.Security");
        assertThat(said).last().asString().contains("Registered (look 2");
        assertThat(p.registerFirst()).isFalse();
        assertThat(p.action()).isEqualTo(PreFlight.Action.CREATE);
    }

    @Test
    void withoutLeaveToRegisterDefendersNotRegisteredAnswerMeansRegisterAtTheWrite() throws Exception {
        registeredSubscription(); // the provider says Registered, but Defender answers by its code with spaces
        answers.remove("GET /providers/Microsoft.Security/pricings/Containers");
        on("GET /providers/Microsoft.Security/pricings/Containers", "404", "arm-subscription-not-registered.json");
        on("POST /providers/Microsoft.Security/register", "200", "{\"registrationState\":\"Registered\"}");
        on("PUT " + CONNECTOR, "201", "arm-connector-dockerhub.json");

        PreFlight p = creation.preFlight(settings("westeurope"));

        assertThat(p.registerFirst()).isTrue();
        assertThat(index("POST ")).as("a Check registers nothing").isNegative();
        assertThat(p.warnings()).anyMatch(w -> w.contains("will be registered first"));

        creation.write(settings("westeurope"), p, TOKEN);

        assertThat(index("POST ")).isPositive().isLessThan(index("PUT "));
    }

    @Test
    void aRoleOnTheGroupOnlyIsNotARefusalToWrite() throws Exception {
        registeredSubscription();
        answers.remove(PROVIDER);
        answers.remove(CONNECTORS);
        answers.remove("GET /providers/Microsoft.Security/pricings/Containers");
        answers.remove("GET /locations");
        on(PROVIDER, "403", "arm-authorization-failed-pricings.json");
        on("GET /providers/Microsoft.Security/pricings/Containers", "403", "arm-authorization-failed-pricings.json");
        on(CONNECTORS, "403", "arm-authorization-failed-pricings.json");
        on("GET /locations", "403", "arm-authorization-failed-pricings.json");
        on(GROUP_CONNECTORS, "200", "{\"value\":[" + body("arm-connector-dockerhub.json") + "]}");
        on("PUT " + CONNECTOR, "200", "arm-connector-dockerhub.json");

        PreFlight p = creation.preFlight(settings("westeurope"), new PreFlight.Chosen(false, false), true, said::add);

        assertThat(p.blocked()).isFalse();
        assertThat(p.warnings()).anyMatch(w -> w.startsWith("Could not read the Defender plans: your role does not "
                + "cover it (Azure refused Microsoft.Security/pricings/read"));
        assertThat(p.warnings()).anyMatch(w -> w.contains("Looked in resource group rg-security instead"));
        assertThat(p.action()).isEqualTo(PreFlight.Action.UPDATE);
        assertThat(index(GROUP_CONNECTORS.replace("GET ", "GET /subscriptions/" + SUB))).isPositive();

        ConnectorWritten w = creation.write(settings("westeurope"), p, TOKEN);

        assertThat(w.action()).isEqualTo(PreFlight.Action.UPDATE);
    }

    @Test
    void anUpdateWithoutChosenPlansOrIntervalChangesOnlyTheAuthentication() throws Exception {
        registeredSubscription();
        answers.remove(CONNECTORS);
        on(CONNECTORS, "200", "{\"value\":[" + body("arm-connector-dockerhub.json") + "]}");
        on("PUT " + CONNECTOR, "200", "arm-connector-dockerhub.json");
        // The user's settings say Containers + CSPM every 12 h in eastus: none of it was chosen, so none is sent.
        ConnectorSettings s = settings("eastus");

        PreFlight p = creation.preFlight(s, PreFlight.Chosen.NOTHING, true, said::add);
        creation.write(s, p, TOKEN);

        JsonNode before = JSON.readTree(body("arm-connector-dockerhub.json"));
        JsonNode sent = JSON.readTree(putBody);
        assertThat(sent.path("location")).isEqualTo(before.path("location"));
        assertThat(sent.path("tags")).isEqualTo(before.path("tags"));
        assertThat(sent.at("/properties/offerings")).isEqualTo(before.at("/properties/offerings"));
        assertThat(sent.at("/properties/environmentData/scanInterval").asInt()).isEqualTo(6);
        assertThat(sent.at("/properties/hierarchyIdentifier")).isEqualTo(before.at("/properties/hierarchyIdentifier"));
        assertThat(sent.at("/properties/environmentData/authentication/accessToken").asText()).isEqualTo(TOKEN);
        assertThat(sent.at("/properties/environmentData/authentication/username").asText()).isEqualTo("acmescanner");
        assertThat(sent.has("systemData") || sent.has("id") || sent.has("etag")).as("read-only fields left out").isFalse();
        assertThat(putBody).doesNotContain("OLDTOKEN");
    }

    @Test
    void aChosenPaidPlanIsShownFromToAndCalledOut() throws Exception {
        registeredSubscription();
        answers.remove(CONNECTORS);
        on(CONNECTORS, "200", "{\"value\":[" + body("arm-connector-dockerhub.json") + "]}");
        ConnectorSettings s = settings("westeurope"); // defaults: Foundational CSPM + Defender for Containers, 12 h

        ConnectorReview r = creation.review(s, creation.preFlight(s, new PreFlight.Chosen(true, false), false, said::add));

        assertThat(r.changes()).contains("Plans: Foundational CSPM → Foundational CSPM, Defender for Containers",
                "Defender for Containers is added: a paid plan, billed for this organization's images from the next "
                        + "scan on.");
        assertThat(r.changes()).noneMatch(c -> c.startsWith("Scan interval"));
        assertThat(r.changes()).anyMatch(c -> c.startsWith("Kept as they are: scan interval (every 6 h), region "
                + "(westeurope), tags (2)"));
        assertThat(r.maskedBody()).contains("DefenderForContainersDockerHub").contains("\"scanInterval\": 6");
    }

    @Test
    void aCreateAnswered200IsStillCreated() throws Exception {
        registeredSubscription();
        on("PUT " + CONNECTOR, "200", "arm-connector-dockerhub.json");

        PreFlight p = creation.preFlight(settings("westeurope"));
        ConnectorWritten w = creation.write(settings("westeurope"), p, TOKEN);

        assertThat(w.action()).isEqualTo(PreFlight.Action.CREATE);
    }

    @Test
    void aLogicalOrUnofferedRegionIsRefusedBeforeAnyWriteNamingTheNearest() {
        registeredSubscription();

        assertThatThrownBy(() -> creation.preFlight(settings("europe"))).isInstanceOfSatisfying(
                WrongChoiceException.class, e -> {
                    assertThat(e.field()).isEqualTo(ConnectorSettings.Field.LOCATION);
                    assertThat(e.getMessage()).contains("logical region").contains("westeurope").contains("northeurope");
                });
        assertThatThrownBy(() -> creation.preFlight(settings("brazilsouth")))
                .isInstanceOf(WrongChoiceException.class).hasMessageContaining("not offered in brazilsouth");
        assertThat(requests).noneMatch(r -> r.startsWith("PUT ") || r.startsWith("POST "));
    }

    @Test
    void thePickerOffersOnlyPhysicalRegionsWhereConnectorsAreOffered() throws Exception {
        registeredSubscription();

        assertThat(creation.locations(SUB)).extracting(l -> l.name()).containsExactly("westeurope", "northeurope");
    }

    @Test
    void aWriteRefusedAsNotRegisteredRegistersAndWritesOnceMore() throws Exception {
        registeredSubscription();
        on("PUT " + CONNECTOR, "409", "arm-missing-subscription-registration.json");
        on("PUT " + CONNECTOR, "201", "arm-connector-dockerhub.json");
        on("POST /providers/Microsoft.Security/register", "200", "{\"registrationState\":\"Registered\"}");

        ConnectorWritten w = creation.write(settings("westeurope"), creation.preFlight(settings("westeurope")), TOKEN);

        assertThat(w.action()).isEqualTo(PreFlight.Action.CREATE);
        assertThat(requests.stream().filter(r -> r.startsWith("PUT ")).count()).isEqualTo(2);
        assertThat(index("POST ")).isBetween(index("PUT "), requests.lastIndexOf(requests.stream()
                .filter(r -> r.startsWith("PUT ")).reduce((a, b) -> b).orElseThrow()));
    }

    @Test
    void whenNoLookForAConnectorIsAllowedTheWriteSaysWrittenNotCreated() throws Exception {
        registeredSubscription();
        answers.remove(CONNECTORS);
        answers.remove("GET " + CONNECTOR);
        on(CONNECTORS, "403", "arm-authorization-failed-pricings.json");
        on(GROUP_CONNECTORS, "403", "arm-authorization-failed-pricings.json");
        on("GET " + CONNECTOR, "403", "arm-authorization-failed-pricings.json");
        on("PUT " + CONNECTOR, "201", "arm-connector-dockerhub.json");

        PreFlight p = creation.preFlight(settings("westeurope"));

        assertThat(p.existenceKnown()).isFalse();
        assertThat(p.action()).isEqualTo(PreFlight.Action.WRITE);
        assertThat(p.warnings()).anyMatch(w -> w.startsWith("Could not look for an existing connector in rg-security"));
        assertThat(creation.write(settings("westeurope"), p, TOKEN).action().past()).isEqualTo("written");
    }
}
