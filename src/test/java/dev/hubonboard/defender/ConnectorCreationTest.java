package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.ArmException;
import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeAzure;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connector-creation service against the practice Azure: pickers, pre-flight words, review, write, read-back. */
class ConnectorCreationTest {
    static final String DOCKER = "dckr_pat_creation0123456789abcdefABCD";
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    PracticeAzure azure;
    final List<Duration> waits = new ArrayList<>();

    @TempDir
    Path config;

    @AfterEach
    void stop() {
        if (azure != null) {
            azure.close();
        }
    }

    ConnectorCreation creation(PracticeAzure.Builder b) {
        azure = b.start();
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
                Duration.ofMillis(1), Duration.ofSeconds(5)), d -> { }, Clock.systemUTC());
        ArmClient arm = new ArmClient(transport, HttpUrl.get(azure.url().toString()),
                AzureToken.of(azure.accessToken(), Instant.now().plusSeconds(600), null, null));
        return new ConnectorCreation(arm, waits::add, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ConnectorSettings settings(String group, String name) {
        return ConnectorSettings.builder("acme-corp", "acmescanner").subscriptionId(PracticeAzure.SUBSCRIPTION)
                .resourceGroup(group).location("westeurope").connectorName(name)
                .scanIntervalHours(ConnectorCreation.DEFAULT_SCAN_INTERVAL).build();
    }

    static List<String> lines(PreFlight p) {
        return p.findings().stream().map(PreFlight.Finding::line).toList();
    }

    @Test
    void pickersListWhatTheAccountSees() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder());

        assertThat(c.subscriptions()).extracting(s -> s.id()).contains(PracticeAzure.SUBSCRIPTION);
        assertThat(c.resourceGroups(PracticeAzure.SUBSCRIPTION)).extracting(g -> g.name()).contains("rg-security", "rg-apps");
        assertThat(c.locations(PracticeAzure.SUBSCRIPTION)).extracting(l -> l.label()).contains("West Europe (westeurope)");
    }

    @Test
    void preFlightForANewConnectorSaysCreateInWords() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder());

        PreFlight p = c.preFlight(settings("rg-security", null));

        assertThat(p.action()).isEqualTo(PreFlight.Action.CREATE);
        assertThat(p.blocked()).isFalse();
        assertThat(p.name()).isEqualTo("dockerhub-acme-corp");
        assertThat(lines(p)).containsExactly(
                "✔ The Microsoft.Security resource provider is registered.",
                "✔ Defender plans on in this subscription: Defender for Containers.",
                "✔ Security connectors are offered in westeurope.",
                "✔ No connector for acme-corp exists yet: dockerhub-acme-corp will be created in resource group "
                        + "rg-security (westeurope).",
                "✔ Your access allows writing security connectors in rg-security.");
    }

    @Test
    void preFlightWarnsAboutPlansOffProviderAndAccess() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder().plan("Containers", false).providerRegistered(false)
                .readOnly(true));

        PreFlight p = c.preFlight(settings("rg-security", null));

        assertThat(p.blocked()).isFalse();
        // Not registered: Defender's plans cannot be read (nor be on) before registration, so they are not asked.
        assertThat(p.warnings()).hasSize(2);
        assertThat(String.join("\n", p.warnings())).contains("not registered").contains("Security Admin");
        assertThat(azure.requests()).noneMatch(r -> r.contains("/pricings/"));
    }

    @Test
    void existingConnectorIsUpdatedInPlaceInItsOwnRegion() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder().existingConnector("rg-apps", "legacy", "acme-corp", "old"));
        ConnectorSettings s = ConnectorSettings.builder("acme-corp", "acmescanner").subscriptionId(PracticeAzure.SUBSCRIPTION)
                .resourceGroup("rg-security").location("eastus").build();

        PreFlight p = c.preFlight(s);

        assertThat(p.action()).isEqualTo(PreFlight.Action.UPDATE);
        assertThat(p.resourceGroup()).isEqualTo("rg-apps");
        assertThat(p.name()).isEqualTo("legacy");
        assertThat(p.location()).isEqualTo("westeurope");
        assertThat(String.join("\n", lines(p))).contains("updated in place under its own name (not dockerhub-acme-corp in "
                + "rg-security)").contains("stays in its region westeurope");

        ConnectorWritten w = c.write(s, p, DOCKER);

        assertThat(w.action()).isEqualTo(PreFlight.Action.UPDATE);
        assertThat(w.connector().name()).isEqualTo("legacy");
        assertThat(w.connector().username()).isEqualTo("acmescanner");
        assertThat(w.at()).isEqualTo(NOW);
        assertThat(azure.connectors()).hasSize(1);
        assertThat(azure.holdsToken("rg-apps", "legacy", DOCKER)).isTrue();
    }

    @Test
    void nameTakenByAnotherEnvironmentBlocks() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder().existingConnector("rg-security", "shared", "globex", "g"));

        PreFlight p = c.preFlight(settings("rg-security", "shared"));

        assertThat(p.blocked()).isTrue();
        assertThat(lines(p)).anyMatch(l -> l.startsWith("✖ A connector named shared already exists in rg-security for "
                + "another Docker Hub organization (globex)"));
        assertThatThrownBy(() -> c.write(settings("rg-security", "shared"), p, DOCKER)).isInstanceOf(IllegalStateException.class);
        assertThat(azure.count("PUT")).isZero();
    }

    @Test
    void reviewIsTheExactRequestWithTheTokenMasked() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder());
        ConnectorSettings s = settings("rg-security", null);

        ConnectorReview r = c.review(s, c.preFlight(s));

        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.url()).endsWith("/subscriptions/" + PracticeAzure.SUBSCRIPTION + "/resourceGroups/rg-security/"
                + "providers/Microsoft.Security/securityConnectors/dockerhub-acme-corp?api-version=2024-08-01-preview");
        JsonNode body = Json.MAPPER.readTree(r.maskedBody());
        assertThat(body).isEqualTo(ConnectorBody.masked(s, "westeurope"));
        assertThat(body.at("/properties/environmentData/authentication/accessToken").asText()).isEqualTo("***");
        assertThat(r.text()).contains("Authorization: Bearer ***").doesNotContain(azure.accessToken());
        assertThat(r.note()).contains("inferred");
    }

    @Test
    void writeRegistersTheProviderThenCreatesAndReadsBack() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder().providerRegistered(false));
        ConnectorSettings s = settings("rg-security", null);

        ConnectorWritten w = c.write(s, c.preFlight(s), DOCKER);

        assertThat(w.action()).isEqualTo(PreFlight.Action.CREATE);
        assertThat(w.connector().hierarchyIdentifier()).isEqualTo("acme-corp");
        assertThat(w.connector().scanInterval()).isEqualTo(12);
        assertThat(waits).hasSize(1);
        List<String> r = azure.requests();
        int register = indexOf(r, "POST ");
        int put = indexOf(r, "PUT ");
        assertThat(register).isLessThan(put);
        assertThat(r.get(put + 1)).startsWith("GET ").contains("securityConnectors/dockerhub-acme-corp");
    }

    @Test
    void forbiddenWriteNamesTheRole() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder());
        azure.forbid("PUT", "securityConnectors", 1);
        ConnectorSettings s = settings("rg-security", null);

        assertThatThrownBy(() -> c.write(s, c.preFlight(s), DOCKER)).isInstanceOfSatisfying(ArmException.class,
                e -> assertThat(e.roleNeeded()).hasValueSatisfying(role -> assertThat(role).contains("Security Admin")));
    }

    @Test
    void missingTargetIsRefusedBeforeAnyRequestNamingTheField() {
        ConnectorCreation c = creation(PracticeAzure.builder());
        ConnectorSettings s = ConnectorSettings.builder("acme-corp", "acmescanner").subscriptionId(PracticeAzure.SUBSCRIPTION)
                .location("westeurope").build();

        assertThatThrownBy(() -> c.preFlight(s)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Resource group:");
        assertThat(azure.requests()).isEmpty();
    }

    @Test
    void savedTargetRoundTripsWithoutAnyToken() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder());
        ConnectorSettings s = settings("rg-security", null);
        ConnectorWritten w = c.write(s, c.preFlight(s), DOCKER);
        SavedConnectors store = new SavedConnectors(config);

        store.save(SavedConnector.of("acme-corp", PracticeAzure.SUBSCRIPTION, w));

        SavedConnector saved = store.load("acme-corp").orElseThrow();
        assertThat(saved).isEqualTo(new SavedConnector("acme-corp", PracticeAzure.SUBSCRIPTION, "rg-security",
                "dockerhub-acme-corp", "westeurope", Optional.of(NOW)));
        assertThat(Files.readString(config.resolve("defender-connectors/acme-corp.json"))).doesNotContain(DOCKER)
                .doesNotContain(azure.accessToken()).contains("\"lastWritten\": \"2026-11-30T12:00:00Z\"");
        assertThat(c.readBack(saved)).map(x -> x.name()).contains("dockerhub-acme-corp");
        assertThat(store.load("other-org")).isEmpty();
        Files.writeString(config.resolve("defender-connectors/broken.json"), "{not json");
        assertThat(store.load("broken")).as("an unreadable file means 'ask again'").isEmpty();
    }

    @Test
    void rotationRewritesTheSavedConnectorKeepingItsPlansIntervalAndRegion() throws Exception {
        ConnectorCreation c = creation(PracticeAzure.builder().existingConnector("rg-apps", "legacy", "acme-corp", "old"));
        SavedConnector saved = new SavedConnector("acme-corp", PracticeAzure.SUBSCRIPTION, "rg-apps", "legacy",
                "westeurope", Optional.empty());

        ConnectorWritten w = c.updateAfterRotation(saved, "acmescanner", DOCKER);

        assertThat(w.action()).isEqualTo(PreFlight.Action.UPDATE);
        assertThat(azure.holdsToken("rg-apps", "legacy", DOCKER)).isTrue();
        assertThat(azure.connectors()).singleElement().satisfies(x -> {
            assertThat(x.offerings()).containsExactly("CspmMonitorDockerHub");
            assertThat(x.scanInterval()).isEqualTo(24);
            assertThat(x.username()).isEqualTo("acmescanner");
        });
    }

    private static int indexOf(List<String> requests, String prefix) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
