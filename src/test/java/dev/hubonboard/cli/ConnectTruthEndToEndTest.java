package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.azure.StandInAz;
import dev.hubonboard.defender.SavedConnectors;
import dev.hubonboard.sandbox.AzureScenario;
import dev.hubonboard.sandbox.PracticeAzure;
import dev.hubonboard.sandbox.PracticeHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code connect} end to end against a practice Azure that plays each of issue 19's behaviours, through a stand-in
 * {@code az}: the exit code, what Azure holds afterwards, and the words.
 */
class ConnectTruthEndToEndTest {
    static final String AZURE_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJhcm0ifQ.AZURECANARYtruth0123";

    @TempDir
    Path temp;
    PracticeHub hub;
    PracticeAzure azure;
    String token;
    StandInAz az;
    final ConnectCapture run = new ConnectCapture();
    SavedConnectors records;

    @BeforeEach
    void start() throws IOException {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        token = hub.createToken(PracticeHub.Scope.READ);
        az = StandInAz.signedIn(temp.resolve("bin"), AZURE_TOKEN, PracticeAzure.SUBSCRIPTION);
    }

    @AfterEach
    void stop() {
        hub.close();
        if (azure != null) {
            azure.close();
        }
    }

    int connect(AzureScenario scenario, String... extra) {
        azure = scenario.configure(PracticeAzure.builder()).accessToken(AZURE_TOKEN).start();
        List<String> args = new ArrayList<>(List.of("--org", hub.org(), "--username", hub.dedicatedUsername(),
                "--token-stdin", "--hub-url", hub.hubUrl().toString(), "--registry-url", hub.registryUrl().toString(),
                "--subscription", PracticeAzure.SUBSCRIPTION, "--resource-group", PracticeAzure.RESOURCE_GROUP,
                "--arm-url", azure.url().toString(), "--format", "json"));
        if (!List.of(extra).contains("--location")) {
            args.addAll(List.of("--location", scenario.location().orElse("westeurope")));
        }
        args.addAll(List.of(extra));
        return run.runRecording(token + "\n", az.cli(), records, args);
    }

    @Test
    void anUpdateWithoutPlansOrIntervalLeavesOfferingsIntervalLocationAndTagsExactlyAsTheyWere() throws Exception {
        assertThat(connect(AzureScenario.EXISTING_6H)).as(run.stderr).isZero();

        assertThat(run.json().path("action").asText()).isEqualTo("updated");
        assertThat(azure.connectors()).singleElement().satisfies(c -> {
            assertThat(c.offerings()).containsExactly("CspmMonitorDockerHub");
            assertThat(c.scanInterval()).isEqualTo(6);
            assertThat(c.location()).isEqualTo("westeurope");
            assertThat(c.tags()).isEqualTo(Map.of("owner", "platform-team", "costCenter", "1234"));
            assertThat(c.username()).isEqualTo("acmescanner");
        });
        assertThat(azure.holdsToken("rg-security", "dockerhub-acme-corp", token)).isTrue();
        assertThat(run.json().path("changes").toString()).contains("Docker ID: old-scanner → acmescanner")
                .contains("Kept as they are: plans (Foundational CSPM), scan interval (every 6 h)");
    }

    @Test
    void plansAndIntervalChangeOnlyWhenGiven() throws Exception {
        assertThat(connect(AzureScenario.EXISTING_6H, "--plans", "foundational-cspm,containers")).isZero();

        assertThat(azure.connectors()).singleElement().satisfies(c -> {
            assertThat(c.offerings()).containsExactly("CspmMonitorDockerHub", "DefenderForContainersDockerHub");
            assertThat(c.scanInterval()).as("not given: kept").isEqualTo(6);
            assertThat(c.tags()).containsEntry("owner", "platform-team");
        });
        assertThat(run.json().path("changes").toString()).contains("Defender for Containers is added: a paid plan");
    }

    @Test
    void aRoleOnTheGroupOnlyWritesAndSaysWhatItCouldNotCheck() throws Exception {
        assertThat(connect(AzureScenario.GROUP_ONLY)).as(run.stderr).isZero();

        JsonNode j = run.json();
        assertThat(j.path("action").asText()).isEqualTo("created");
        assertThat(j.path("warnings").toString()).contains("Could not read the Defender plans")
                .contains("Looked in resource group rg-security instead");
        assertThat(azure.connectors()).extracting(PracticeAzure.Connector::name).containsExactly("dockerhub-acme-corp");
        assertThat(azure.requests()).anyMatch(r -> r.startsWith("GET /subscriptions/" + PracticeAzure.SUBSCRIPTION
                + "/resourceGroups/rg-security/providers/Microsoft.Security/securityConnectors?"));
    }

    @Test
    void aCreateAnswered200IsReportedCreated() throws Exception {
        assertThat(connect(AzureScenario.CREATE_200)).isZero();

        assertThat(run.json().path("action").asText()).isEqualTo("created");
        assertThat(azure.requests()).anyMatch(r -> r.startsWith("PUT "));
    }

    @Test
    void anotherTenantIsExit4NamingTheTenantAndNothingIsWritten() throws Exception {
        assertThat(connect(AzureScenario.OTHER_TENANT)).isEqualTo(4);

        assertThat(run.json().path("error").path("code").asText()).isEqualTo("InvalidAuthenticationTokenTenant");
        assertThat(run.json().path("error").path("message").asText())
                .contains("az login --tenant " + PracticeAzure.OTHER_TENANT);
        assertThat(azure.count("PUT")).isZero();
        assertThat(az.args()).contains("--subscription").contains(PracticeAzure.SUBSCRIPTION);
    }

    @Test
    void aLogicalRegionIsExit2BeforeAnyWrite() throws Exception {
        assertThat(connect(AzureScenario.LOGICAL_REGION)).isEqualTo(2);

        assertThat(run.json().path("error").path("message").asText()).startsWith("--location: ")
                .contains("Nearest where they are: ");
        assertThat(azure.count("PUT")).isZero();
        assertThat(azure.count("POST")).isZero();
    }

    @Test
    void notRegisteredIsRegisteredWithProgressBeforeDefendersReads() throws Exception {
        assertThat(connect(AzureScenario.NOT_REGISTERED)).as(run.stderr).isZero();

        assertThat(run.stderr).contains("Registering the Microsoft.Security resource provider…")
                .contains("(look 3 of at most 24)");
        assertThat(run.registrationWaits).hasSize(3);
        assertThat(azure.requests().stream().filter(r -> r.contains("/pricings/")).findFirst().orElseThrow())
                .isNotNull();
        assertThat(azure.requests().indexOf(azure.requests().stream().filter(r -> r.startsWith("POST ")).findFirst()
                .orElseThrow())).isLessThan(azure.requests().indexOf(azure.requests().stream()
                .filter(r -> r.contains("/pricings/")).findFirst().orElseThrow()));
    }

    @Test
    void aWriteWhoseLocalRecordCannotBeSavedIsWrittenWithItsOwnOutcome() throws Exception {
        Path blocked = temp.resolve("config");
        Files.writeString(blocked, "a file where the folder should be");
        records = new SavedConnectors(blocked);

        assertThat(connect(AzureScenario.READY)).as(run.stderr).isZero();

        JsonNode j = run.json();
        assertThat(j.path("action").asText()).isEqualTo("created");
        assertThat(j.path("record").path("saved").asBoolean(true)).isFalse();
        assertThat(j.path("record").path("message").asText()).startsWith("Written in Azure; saving the local record failed");
        assertThat(azure.connectors()).hasSize(1);
    }

    @Test
    void aWrittenConnectorIsRecordedWithoutAnyToken() throws Exception {
        records = new SavedConnectors(temp.resolve("config"));

        assertThat(connect(AzureScenario.READY)).isZero();

        assertThat(records.load(hub.org())).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("dockerhub-acme-corp");
            assertThat(r.lastWritten()).isPresent();
        });
        assertThat(Files.readString(temp.resolve("config/defender-connectors/acme-corp.json"))).doesNotContain(token)
                .doesNotContain(AZURE_TOKEN);
    }

    @Test
    void aDryRunOfAnUpdateShowsWhatWouldBeKept() throws Exception {
        assertThat(connect(AzureScenario.EXISTING_6H, "--dry-run")).isZero();

        JsonNode j = run.json();
        assertThat(j.path("action").asText()).isEqualTo("dry-run");
        assertThat(j.path("connector").path("plans").toString()).isEqualTo("[\"foundational-cspm\"]");
        assertThat(j.path("connector").path("scanInterval").asInt()).isEqualTo(6);
        assertThat(j.path("request").path("body").path("tags").path("owner").asText()).isEqualTo("platform-team");
        assertThat(j.path("request").toString()).contains("\"accessToken\":\"***\"").doesNotContain(token);
        assertThat(azure.count("PUT")).isZero();
    }
}
