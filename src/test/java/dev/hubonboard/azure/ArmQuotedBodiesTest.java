package dev.hubonboard.azure;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ARM client against response bodies quoted from public sources ({@code bodies/arm-*.json}, sources in
 * SOURCES.md): each refusal is typed by its code (kept whole, spaces and all) and worded by the one mapping.
 */
class ArmQuotedBodiesTest {
    static final String AZURE_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJhcm0ifQ.AZURECANARYquoted0123";
    static final String SUB = "11111111-2222-4333-8444-555555555555";

    @StartStop
    MockWebServer server = new MockWebServer();
    ArmClient arm;

    @BeforeEach
    void client() {
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 1,
                Duration.ofMillis(1), Duration.ofSeconds(5)), d -> { }, Clock.systemUTC());
        arm = new ArmClient(transport, server.url("/"), AzureToken.of(AZURE_TOKEN, Instant.now().plusSeconds(3600),
                SUB, null));
    }

    static String body(String file) {
        try (InputStream in = ArmQuotedBodiesTest.class.getResourceAsStream("/dev/hubonboard/bodies/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    void answer(int code, String file, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body(file));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.addHeader(headers[i], headers[i + 1]);
        }
        server.enqueue(b.build());
    }

    @Test
    void subscriptionNotRegisteredIsKnownByItsCodeWithSpaces() {
        answer(404, "arm-subscription-not-registered.json");

        assertThatThrownBy(() -> arm.pricing(SUB, Pricing.CONTAINERS)).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.code()).isEqualTo("Subscription Not Registered");
            assertThat(e.notRegistered()).isTrue();
            assertThat(e.kind()).isEqualTo(ArmException.Kind.NOT_FOUND);
            assertThat(e.getMessage()).contains("(HTTP 404 Subscription Not Registered)")
                    .contains("must be registered first").contains("Microsoft.Security/register/action");
        });
    }

    @Test
    void missingSubscriptionRegistrationIsTheSameSituation() {
        answer(409, "arm-missing-subscription-registration.json");

        assertThatThrownBy(() -> arm.connectors(SUB)).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.code()).isEqualTo("MissingSubscriptionRegistration");
            assertThat(e.notRegistered()).isTrue();
        });
    }

    @Test
    void wrongTenantNamesTheSubscriptionsTenantFromTheChallenge() {
        answer(401, "arm-wrong-tenant.json", "WWW-Authenticate", "Bearer authorization_uri=\"https://login.windows.net/"
                + "33e01921-4d64-4f8c-a055-5bdaffd5e33d\", error=\"invalid_token\", error_description=\"The access "
                + "token is from the wrong issuer.\"");

        assertThatThrownBy(() -> arm.provider(SUB)).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.kind()).isEqualTo(ArmException.Kind.SIGN_IN);
            assertThat(e.tenant()).contains("33e01921-4d64-4f8c-a055-5bdaffd5e33d");
            assertThat(e.getMessage()).contains("The subscription is in tenant 33e01921-4d64-4f8c-a055-5bdaffd5e33d")
                    .contains("`az login --tenant 33e01921-4d64-4f8c-a055-5bdaffd5e33d`")
                    .doesNotContain("AZURECANARY");
        });
    }

    @Test
    void wrongTenantWithoutAChallengeStillSaysWhatToRun() {
        answer(401, "arm-wrong-tenant.json");

        assertThatThrownBy(() -> arm.provider(SUB)).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.tenant()).isEmpty();
            assertThat(e.getMessage()).contains("another tenant").contains("az login --tenant TENANT_ID")
                    .contains("--query tenantId");
        });
    }

    @Test
    void expiredTokenSaysAzLogin() {
        answer(401, "arm-expired-token.json");

        assertThatThrownBy(() -> arm.subscriptions()).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.code()).isEqualTo(ArmCodes.EXPIRED_TOKEN);
            assertThat(e.getMessage()).contains("has expired: run `az login`");
        });
    }

    @Test
    void authorizationFailedNamesTheActionAndTheRoleThatHasIt() {
        answer(403, "arm-authorization-failed-pricings.json");

        assertThatThrownBy(() -> arm.pricing(SUB, Pricing.CONTAINERS)).isInstanceOfSatisfying(ArmException.class, e -> {
            assertThat(e.forbidden()).isTrue();
            assertThat(e.action()).contains("Microsoft.Security/pricings/read");
            assertThat(e.getMessage()).contains("Your role does not allow Microsoft.Security/pricings/read")
                    .contains("Security Reader");
        });
    }

    @Test
    void locationNotAvailableIsTypedAndWorded() {
        answer(400, "arm-location-not-available.json");
        ObjectNode sent = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("location", "brazilsouth");

        assertThatThrownBy(() -> arm.putConnector(SUB, "rg", "n", sent, "dckr_pat_x")).isInstanceOfSatisfying(
                ArmException.class, e -> {
                    assertThat(e.code()).isEqualTo(ArmCodes.LOCATION_NOT_AVAILABLE);
                    assertThat(e.kind()).isEqualTo(ArmException.Kind.INVALID);
                    assertThat(e.getMessage()).contains("not offered in that region");
                });
    }

    @Test
    void providerGivesTheRegistrationAndWhereConnectorsAreOffered() throws Exception {
        answer(200, "arm-provider-security.json");

        Provider p = arm.provider(SUB);

        assertThat(p.registered()).isFalse();
        assertThat(p.registrationState()).isEqualTo("NotRegistered");
        assertThat(p.connectorLocations()).contains(List.of("Central US", "East US", "West Europe", "North Europe",
                "Sweden Central"));
    }

    @Test
    void locationsKeepTheirRegionType() throws Exception {
        answer(200, "arm-locations.json");

        List<Location> all = arm.locations(SUB);

        assertThat(all).extracting(Location::name).containsExactly("westeurope", "northeurope", "brazilsouth", "europe",
                "global");
        assertThat(all).filteredOn(Location::logical).extracting(Location::name).containsExactly("europe", "global");
        assertThat(all.getFirst().is("West Europe")).isTrue();
    }

    @Test
    void aConnectorReadBackKeepsTagsAndTheResourceButNoToken() throws Exception {
        answer(200, "arm-connector-dockerhub.json");

        SecurityConnector c = arm.connector(SUB, "rg-security", "dockerhub-acme").orElseThrow();

        assertThat(c.tags()).isEqualTo(Map.of("owner", "platform-team", "costCenter", "1234"));
        assertThat(c.scanInterval()).isEqualTo(6);
        assertThat(c.offerings()).containsExactly("CspmMonitorDockerHub");
        assertThat(c.resource().toString()).doesNotContain("OLDTOKEN").contains("platform-team");
        assertThat(c.toString()).doesNotContain("OLDTOKEN");
    }

    @Test
    void a2xxWhoseAnswerCannotBeReadIsWrittenAndReadBack() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("Content-Type", "application/json")
                .body("<html>gateway</html>").build());
        answer(200, "arm-connector-dockerhub.json");
        ObjectNode sent = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("location", "westeurope");

        ArmClient.PutResult r = arm.putConnector(SUB, "rg-security", "dockerhub-acme", sent, "dckr_pat_x");

        assertThat(r.outcome()).isEqualTo(ArmClient.Outcome.WRITTEN_ANSWER_UNREADABLE);
        assertThat(r.connector().name()).isEqualTo("dockerhub-acme");
        assertThat(server.getRequestCount()).as("PUT, then a GET to read it back; never a second PUT").isEqualTo(2);
    }
}
