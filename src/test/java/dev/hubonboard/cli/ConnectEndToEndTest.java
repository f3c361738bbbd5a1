package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.azure.AzureSignIn;
import dev.hubonboard.azure.StandInAz;
import dev.hubonboard.sandbox.PracticeAzure;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The `connect` contract end to end: practice Hub, practice Azure, and a stand-in `az` on a temporary PATH. */
class ConnectEndToEndTest {
    static final String AZURE_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJhcm0ifQ.AZURECANARYconnect0123";
    static final String CONNECTOR_PUT = "/providers/Microsoft.Security/securityConnectors/";

    @TempDir
    Path temp;
    PracticeHub hub;
    PracticeAzure azure;
    String token;
    StandInAz az;
    final ConnectCapture run = new ConnectCapture();

    @BeforeEach
    void start() throws IOException {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        token = hub.createToken(Scope.READ);
        az = StandInAz.signedIn(temp.resolve("bin"), AZURE_TOKEN, PracticeAzure.SUBSCRIPTION);
    }

    @AfterEach
    void stop() {
        hub.close();
        if (azure != null) {
            azure.close();
        }
    }

    PracticeAzure azure(PracticeAzure.Builder b) {
        azure = b.accessToken(AZURE_TOKEN).start();
        return azure;
    }

    PracticeAzure azure() {
        return azure(PracticeAzure.builder());
    }

    int connect(String dockerToken, String... extra) {
        return connectWith(az.cli(), dockerToken, extra);
    }

    int connectWith(AzureSignIn signIn, String dockerToken, String... extra) {
        List<String> args = new ArrayList<>(List.of("--org", hub.org(), "--username", hub.dedicatedUsername(),
                "--token-stdin", "--hub-url", hub.hubUrl().toString(), "--registry-url", hub.registryUrl().toString(),
                "--subscription", PracticeAzure.SUBSCRIPTION, "--resource-group", PracticeAzure.RESOURCE_GROUP,
                "--location", "westeurope", "--arm-url", azure.url().toString()));
        args.addAll(List.of(extra));
        return run.run(dockerToken + "\n", signIn, (o, u) -> {
            throw new CheckCommand.UsageException("no keychain in this test");
        }, args);
    }

    long puts() {
        return azure.requests().stream().filter(r -> r.startsWith("PUT ")).count();
    }

    @Test
    void created() throws Exception {
        azure();

        assertThat(connect(token, "--format", "json")).as(run.stderr).isZero();

        JsonNode j = run.json();
        assertThat(j.path("action").asText()).isEqualTo("created");
        JsonNode c = j.path("connector");
        assertThat(c.path("name").asText()).isEqualTo("dockerhub-acme-corp");
        assertThat(c.path("id").asText()).isEqualTo("/subscriptions/" + PracticeAzure.SUBSCRIPTION
                + "/resourceGroups/rg-security/providers/Microsoft.Security/securityConnectors/dockerhub-acme-corp");
        assertThat(c.path("location").asText()).isEqualTo("westeurope");
        assertThat(c.path("plans").toString()).isEqualTo("[\"foundational-cspm\",\"containers\"]");
        assertThat(c.path("scanInterval").asInt()).isEqualTo(12);
        assertThat(j.path("check").path("ready").asBoolean()).isTrue();
        assertThat(j.path("warnings").isArray()).isTrue();
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("action", "connector", "check", "warnings");
        assertThat(azure.holdsToken("rg-security", "dockerhub-acme-corp", token)).isTrue();
        assertThat(azure.connectors()).singleElement().satisfies(x -> {
            assertThat(x.hierarchyIdentifier()).isEqualTo("acme-corp");
            assertThat(x.username()).isEqualTo("acmescanner");
            assertThat(x.offerings()).containsExactly("CspmMonitorDockerHub", "DefenderForContainersDockerHub");
        });
        assertThat(puts()).isEqualTo(1);
        // PUT, then GET to read it back.
        List<String> connectorCalls = azure.requests().stream().filter(r -> r.contains("/securityConnectors/")).toList();
        assertThat(connectorCalls).hasSize(2);
        assertThat(connectorCalls.get(0)).startsWith("PUT ").endsWith("?api-version=2024-08-01-preview");
        assertThat(connectorCalls.get(1)).startsWith("GET ");
        assertThat(az.args()).contains("get-access-token");
    }

    @Test
    void createdInTextModeSaysWhatToCheckInThePortal() {
        azure();

        assertThat(connect(token, "--plans", "containers", "--scan-interval", "24", "--name", "hub-acme")).isZero();

        assertThat(run.stdout).contains("Connector created and read back: hub-acme in resource group rg-security")
                .contains("confirm Connected").contains("portal.azure.com").contains("✔ ");
        assertThat(azure.connectors()).singleElement().satisfies(x -> {
            assertThat(x.offerings()).containsExactly("DefenderForContainersDockerHub");
            assertThat(x.scanInterval()).isEqualTo(24);
        });
    }

    @Test
    void existingConnectorForTheOrganizationIsUpdatedInPlaceUnderItsOwnName() throws Exception {
        azure(PracticeAzure.builder().existingConnector("rg-apps", "legacy-acme", "acme-corp", "olduser"));

        assertThat(connect(token, "--format", "json", "--name", "dockerhub-acme-corp")).as(run.stderr).isZero();

        JsonNode j = run.json();
        assertThat(j.path("action").asText()).isEqualTo("updated");
        assertThat(j.path("connector").path("name").asText()).isEqualTo("legacy-acme");
        assertThat(j.path("connector").path("resourceGroup").asText()).isEqualTo("rg-apps");
        assertThat(azure.connectors()).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("legacy-acme");
            assertThat(x.username()).isEqualTo("acmescanner");
        });
        assertThat(azure.holdsToken("rg-apps", "legacy-acme", token)).isTrue();
        assertThat(azure.requests()).anyMatch(r -> r.startsWith("PUT /subscriptions/" + PracticeAzure.SUBSCRIPTION
                + "/resourceGroups/rg-apps" + CONNECTOR_PUT + "legacy-acme?"));
    }

    @Test
    void notReadySendsNothingToAzure() throws Exception {
        azure();
        String write = hub.createToken(Scope.WRITE);

        assertThat(connect(write, "--format", "json")).isEqualTo(1);

        assertThat(azure.requests()).isEmpty();
        assertThat(Files.exists(az.dir.resolve("args.txt"))).as("az was not even asked for a token").isFalse();
        JsonNode j = run.json();
        assertThat(j.path("action").asText()).isEqualTo("none");
        assertThat(j.path("check").path("ready").asBoolean()).isFalse();
        assertThat(j.path("error").path("message").asText()).contains("Nothing was sent to Azure");
    }

    @Test
    void dryRunSendsNoPutAndShowsTheRequestMasked() throws Exception {
        azure();

        assertThat(connect(token, "--dry-run")).isZero();

        assertThat(puts()).isZero();
        assertThat(azure.connectors()).isEmpty();
        assertThat(run.stdout).contains("Dry run: nothing was written")
                .contains("PUT " + azure.url() + "/subscriptions/" + PracticeAzure.SUBSCRIPTION
                        + "/resourceGroups/rg-security" + CONNECTOR_PUT + "dockerhub-acme-corp?api-version=2024-08-01-preview")
                .contains("Authorization: Bearer ***").contains("\"accessToken\": \"***\"")
                .contains("\"hierarchyIdentifier\": \"acme-corp\"").contains("inferred")
                .doesNotContain(token).doesNotContain("AZURECANARY");

        assertThat(connect(token, "--dry-run", "--format", "json")).isZero();
        JsonNode j = run.json();
        assertThat(j.path("action").asText()).isEqualTo("dry-run");
        assertThat(j.path("request").path("method").asText()).isEqualTo("PUT");
        assertThat(j.path("request").path("body").path("properties").path("environmentData").path("authentication")
                .path("accessToken").asText()).isEqualTo("***");
        assertThat(puts()).isZero();
    }

    /**
     * Azure's own words reach the terminal: an escape sequence or a bell in them must not (issue 20, item 8). A guard,
     * not a reproduction: ArmClient already turns control characters into spaces; connect's printable is the second fence.
     */
    @Test
    void azuresWordsReachStandardErrorWithoutControlCharacters() throws Exception {
        azure().refuse("PUT", "securityConnectors", 1, 400, "InvalidRequestContent",
                "Bad \u001b]0;owned\u0007request\u001b[2J body\r\nsecond line");

        assertThat(connect(token)).isNotZero();

        assertThat(run.stderr).contains("request").doesNotContain("\u001b").doesNotContain("\u0007")
                .doesNotContain("\r");
    }

    @Test
    void forbiddenIsExit5NamingTheRole() throws Exception {
        azure().forbid("PUT", "securityConnectors", 1);

        assertThat(connect(token, "--format", "json")).isEqualTo(5);

        JsonNode j = run.json();
        assertThat(j.path("error").path("code").asText()).isEqualTo("AuthorizationFailed");
        assertThat(j.path("error").path("message").asText()).contains("Security Admin")
                .contains("Contributor or Owner on the resource group");
        assertThat(run.stderr).contains("Security Admin");
        assertThat(azure.connectors()).isEmpty();
    }

    @Test
    void readOnlyCallerIsWarnedInPreFlightAndRefusedAtTheWrite() throws Exception {
        azure(PracticeAzure.builder().readOnly(true));

        assertThat(connect(token, "--format", "json")).isEqualTo(5);

        assertThat(run.json().path("warnings").toString()).contains("do not allow writing security connectors");
        assertThat(run.json().path("error").path("message").asText()).contains("Security Admin");
    }

    @Test
    void azMissingIsExit4WithTheCommandToRun() throws Exception {
        azure();
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThat(connectWith(new dev.hubonboard.azure.AzureCli(java.util.Map.of("PATH", empty.toString()), false,
                Duration.ofSeconds(5), java.time.ZoneOffset.UTC), token, "--format", "json")).isEqualTo(4);

        assertThat(run.json().path("error").path("code").asText()).isEqualTo("sign-in-cli-missing");
        assertThat(run.stderr).contains("not found on PATH").contains("az login");
        assertThat(azure.requests().stream().filter(r -> !r.startsWith("GET")).toList()).isEmpty();
    }

    @Test
    void notSignedInIsExit4() throws Exception {
        azure();

        assertThat(connectWith(StandInAz.notSignedIn(temp.resolve("nobody")).cli(), token)).isEqualTo(4);

        assertThat(run.stderr).contains("run `az login`");
        assertThat(azure.requests()).isEmpty();
    }

    @Test
    void throttlingIsWaitedOutAsRetryAfterAsks() throws Exception {
        azure().throttle("PUT", "securityConnectors", 1, 3);

        assertThat(connect(token, "--format", "json")).as(run.stderr).isZero();

        // The transport's rate-limit gate counts the wait from the 429's arrival: a few ms under 3 s.
        assertThat(run.waits).isNotEmpty().allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(2500),
                Duration.ofSeconds(3)));
        assertThat(run.stderr).contains("Waiting 3 s");
        assertThat(puts()).isEqualTo(2);
        assertThat(run.json().path("action").asText()).isEqualTo("created");
    }

    @Test
    void throttlingLongerThanAMinuteIsExit3() throws Exception {
        azure().throttle(null, "pricings", 1, 600);

        assertThat(connect(token, "--format", "json")).isEqualTo(3);

        assertThat(run.json().path("error").path("message").asText()).contains("600 s");
        assertThat(puts()).isZero();
    }

    @Test
    void unregisteredProviderIsRegisteredFirst() throws Exception {
        azure(PracticeAzure.builder().providerRegistered(false));

        assertThat(connect(token, "--format", "json")).as(run.stderr).isZero();

        // Registered in the pre-flight, before Defender's own reads (issue 19.1): provider, register, polls, then plans.
        List<String> r = azure.requests();
        int register = indexOf(r, "POST ", "/register?");
        assertThat(register).isPositive();
        assertThat(indexOf(r, "GET ", "/pricings/")).isGreaterThan(register);
        assertThat(indexOf(r, "GET ", "/providers/Microsoft.Security?")).isLessThan(register);
        assertThat(run.json().path("action").asText()).isEqualTo("created");
        assertThat(run.registrationWaits).hasSize(1);
    }

    @Test
    void nameTakenByAnotherOrganizationBlocksTheWrite() throws Exception {
        azure(PracticeAzure.builder().existingConnector("rg-security", "dockerhub-acme-corp", "globex", "gx"));

        assertThat(connect(token, "--format", "json")).isEqualTo(5);

        assertThat(run.json().path("error").path("message").asText()).contains("choose another connector name");
        assertThat(puts()).isZero();
    }

    @Test
    void usageErrorsSendNothing() throws Exception {
        azure();
        assertThat(connect(token, "--token", "x")).isEqualTo(2);
        assertThat(connect(token, "--scan-interval", "5")).isEqualTo(2);
        assertThat(run.stderr).contains("--scan-interval must be 4, 6, 12 or 24");
        assertThat(connect(token, "--plans", "containers,everything")).isEqualTo(2);
        assertThat(connect(token, "--location", "West Europe")).isEqualTo(2);
        assertThat(run.stderr).contains("--location:");
        assertThat(connect(token, "--repositories", temp.resolve("absent.txt").toString())).isEqualTo(2);
        assertThat(run.run(token + "\n", az.cli(), (o, u) -> null, List.of("--org", "acme-corp", "--username",
                "acmescanner", "--token-stdin", "--subscription", "not-a-guid", "--resource-group", "rg",
                "--location", "westeurope"))).isEqualTo(2);
        assertThat(run.stderr).contains("--subscription");
        assertThat(run.run("", az.cli(), (o, u) -> null, List.of("--org", "acme-corp", "--username", "acmescanner",
                "--token-stdin", "--resource-group", "rg", "--location", "westeurope"))).isEqualTo(2);
        assertThat(run.stderr).contains("--subscription is required");
        assertThat(azure.requests()).isEmpty();
        assertThat(hub.requests().count()).isZero();
    }

    @Test
    void helpAndCloseMatches() throws Exception {
        azure();
        assertThat(run.run("", az.cli(), (o, u) -> null, List.of("--help"))).isZero();
        assertThat(run.stdout).contains("Usage: hub-onboard connect").contains("Exit codes: 0 written");
        assertThat(connect(token, "--dryrun")).isEqualTo(2);
        assertThat(run.stderr).contains("unknown option --dryrun (did you mean --dry-run?)");
        assertThat(azure.requests()).isEmpty();
    }

    @Test
    void theNamedRepositoriesAreProvenBeforeAnythingGoesToAzure() throws Exception {
        azure();
        Path list = Files.writeString(temp.resolve("repos.txt"), "acme-corp/web\n");
        assertThat(connect(token, "--repositories", list.toString(), "--dry-run", "--format", "json")).isZero();
        assertThat(run.json().path("check").path("repositories").path("expected").asInt()).isEqualTo(1);

        // A named repository the token cannot pull: not ready, so Azure hears nothing.
        Path missing = Files.writeString(temp.resolve("more.txt"), "web\nnot-pullable-here\n");
        assertThat(connect(token, "--repositories", missing.toString(), "--format", "json")).isEqualTo(1);
        assertThat(run.json().path("check").path("ready").asBoolean()).isFalse();
        assertThat(run.stdout).contains("not-pullable-here");
        assertThat(puts()).isZero();
    }

    @Test
    void azureUnreachableIsExit3() throws Exception {
        azure();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }

        assertThat(connect(token, "--arm-url", "http://127.0.0.1:" + port)).isEqualTo(3);
    }

    @Test
    void sandboxNeedsNoAz() throws Exception {
        assertThat(run.run("", () -> {
            throw new AssertionError("practice mode must not run az");
        }, (o, u) -> null, List.of("--sandbox", "--format", "json"))).as(run.stderr).isZero();

        assertThat(run.json().path("action").asText()).isEqualTo("created");
        assertThat(run.json().path("connector").path("name").asText()).isEqualTo("dockerhub-acme-corp");
    }

    @Test
    void tokensAreInNoOutputAndNoFile() throws Exception {
        azure().forbid("PUT", "securityConnectors", 1);
        StringBuilder everything = new StringBuilder();
        for (List<String> extra : List.of(List.<String>of(), List.of("--format", "json"), List.of("--dry-run"),
                List.of("--dry-run", "--format", "json"))) {
            connect(token, extra.toArray(String[]::new));
            everything.append(run.stdout).append(run.stderr);
        }
        assertThat(azure.holdsToken("rg-security", "dockerhub-acme-corp", token)).as("the write did happen once").isTrue();
        assertThat(everything.toString()).doesNotContain(token).doesNotContain(AZURE_TOKEN).doesNotContain("AZURECANARY");
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("az")).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(token).doesNotContain("AZURECANARY");
            }
        }
    }

    static int indexOf(List<String> requests, String method, String part) {
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).startsWith(method) && requests.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
