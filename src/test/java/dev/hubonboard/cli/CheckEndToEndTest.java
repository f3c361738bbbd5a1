package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.sandbox.Fault;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.sandbox.Target;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The `check` contract, end to end against the practice Hub. */
class CheckEndToEndTest {
    private PracticeHub hub;
    final MemorySecretStore keychain = new MemorySecretStore();
    /** Patient enough for the 7 s Retry-After and the four tries the contract cases need. */
    final CheckCapture run = new CheckCapture(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
            Duration.ofMillis(10), Duration.ofSeconds(120)));

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    private PracticeHub member() {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        return hub;
    }

    int check(String token, String... args) {
        return checkAt(token, hub.hubUrl().toString(), hub.registryUrl().toString(), args);
    }

    int checkAt(String token, String hubUrl, String registryUrl, String... args) {
        List<String> all = new ArrayList<>(List.of("--org", hub.org(), "--hub-url", hubUrl, "--registry-url", registryUrl));
        all.addAll(List.of(args));
        if (!all.contains("--from-keychain")) {
            all.add("--token-stdin");
        } else {
            all.add("--allow-custom-host"); // the saved token goes to the practice Hub, not Docker's own (issue 20)
        }
        if (!all.contains("--username")) {
            all.addAll(List.of("--username", hub.dedicatedUsername()));
        }
        return run.run("  " + token + "  \n", new KeychainTokenSource(keychain), all);
    }

    @Test
    void readOnlyTokenIsReady() throws Exception {
        String token = member().createToken(Scope.READ);
        assertThat(check(token, "--format", "json")).isZero();
        JsonNode j = run.json();
        assertThat(j.path("ready").asBoolean()).isTrue();
        assertThat(j.path("org").asText()).isEqualTo("acme-corp");
        assertThat(j.path("username").asText()).isEqualTo("acmescanner");
        List<String> ids = new ArrayList<>();
        j.path("checks").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).containsExactly("credentials", "repositories", "pull", "read-only", "rate-limit");
        assertThat(j.path("repositories").path("private").asInt()).isEqualTo(3);
        assertThat(j.path("repositories").path("pullable").asInt()).isEqualTo(3);
        assertThat(j.path("rateLimit").path("limit").asInt()).isEqualTo(200);
        assertThat(j.path("rateLimit").path("windowSeconds").asLong()).isEqualTo(21600);
        assertThat(j.path("repositories").has("expected")).isTrue();
        assertThat(j.path("repositories").path("expected").isNull()).as("no list given").isTrue();
    }

    @Test
    void readWriteTokenFailsReadOnly() throws Exception {
        String token = member().createToken(Scope.WRITE);
        assertThat(check(token, "--format", "json")).isEqualTo(1);
        assertThat(run.status("read-only")).isEqualTo("fail");
        assertThat(run.stdout).contains("Read-only");
    }

    /**
     * Docker Hub lists only public repositories to a "Public Repo Read-only" token: nothing proves pull, so the
     * repositories check fails and names the cause (it used to pass on a practice Hub that showed private ones).
     */
    @Test
    void publicReadOnlyTokenFailsAndNamesThePermission() throws Exception {
        String token = member().createToken(Scope.PUBLIC_READ);
        assertThat(check(token, "--format", "json")).isEqualTo(1);
        assertThat(run.status("repositories")).isEqualTo("fail");
        assertThat(run.status("pull")).isEqualTo("skip");
        assertThat(run.json().path("repositories").path("private").asInt()).isZero();
        assertThat(run.stdout).contains("Public Repo Read-only");
    }

    @Test
    void wrongTokenFailsCredentialsAfterExactlyOneLogin() throws Exception {
        member();
        assertThat(check("dckr_pat_wrongwrongwrongwrongwrongwr", "--format", "json")).isEqualTo(1);
        assertThat(run.status("credentials")).isEqualTo("fail");
        assertThat(run.status("pull")).isEqualTo("skip");
        assertThat(hub.requests().entries(Target.HUB)).containsExactly("POST /v2/auth/token");
        assertThat(hub.requests().count()).isEqualTo(1);
    }

    @Test
    void emailAsUsernameIsExitTwoWithNoRequest() {
        member();
        assertThat(check("dckr_pat_x", "--username", "scanner@acme.example")).isEqualTo(2);
        assertThat(run.stderr).contains("Docker ID, not e-mail");
        assertThat(hub.requests().count()).isZero();
    }

    @Test
    void expiredTokenSaysExpired() {
        String token = member().createToken(Scope.READ, true);
        assertThat(check(token)).isEqualTo(1);
        assertThat(run.stdout).contains("expired");
    }

    /** A pending invite: Docker Hub shows the public repositories only, with 200, and /v2/orgs answers 200 too. */
    @Test
    void userNotYetAMemberIsNotReady() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(false).start();
        String token = hub.createToken(Scope.READ);
        assertThat(check(token, "--format", "json")).isEqualTo(1);
        assertThat(run.status("repositories")).isEqualTo("fail");
        assertThat(run.json().path("ready").asBoolean()).isFalse();
        assertThat(run.stdout).contains("accept the invite");
        assertThat(hub.requests().entries(Target.HUB)).as("membership is not read from /v2/orgs")
                .noneMatch(line -> line.startsWith("GET /v2/orgs/"));
    }

    @Test
    void organizationAccessTokenIsRefusedBeforeAnyRequest() {
        member();
        assertThat(check(hub.organizationAccessToken())).isEqualTo(2);
        assertThat(run.stderr).contains("organization access token").contains("personal access token");
        assertThat(hub.requests().count()).isZero();
    }

    @Test
    void rateLimitedThenSucceeds() throws Exception {
        String token = member().createToken(Scope.READ);
        hub.faults().next(Target.HUB, "/v2/namespaces", 1, Fault.status429RetryAfter(7));
        assertThat(check(token, "--format", "json")).isZero();
        assertThat(run.json().path("rateLimited").isBoolean()).as("rateLimited is in the JSON report").isTrue();
        assertThat(run.json().path("rateLimited").asBoolean()).as("a 429 waited out is not a rate-limited test")
                .isFalse();
        // The gate holds requests until 7 s after the 429's answer; the wait is measured a few ms later, so it is
        // at most 7 s and, on a busy machine, a little less (never more: that would be a wait the Hub did not ask).
        assertThat(run.waits).anySatisfy(w -> assertThat(w).isBetween(Duration.ofMillis(6_000), Duration.ofSeconds(7)));
        assertThat(run.stderr).contains("Waiting 7 s").contains("rate-limited");
    }

    @Test
    void serverErrorThenSucceeds() {
        String token = member().createToken(Scope.READ);
        hub.faults().next(Target.AUTH, "/token", 1, Fault.status(503));
        assertThat(check(token)).isZero();
        assertThat(run.waits).hasSize(1);
    }

    @Test
    void unreachableIsExitThree() throws Exception {
        member();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String nowhere = "http://127.0.0.1:" + closedPort;
        assertThat(checkAt("dckr_pat_abcdefghijklmnopqrstuvwxyz0", nowhere, nowhere, "--format", "json")).isEqualTo(3);
        assertThat(run.json().path("ready").asBoolean()).isFalse();
        assertThat(run.json().path("rateLimited").isBoolean()).isTrue();
        assertThat(run.json().path("rateLimited").asBoolean()).as("unreachable, not rate-limited").isFalse();
        assertThat(run.stdout).contains("refused the connection");
    }

    /** The contract used to say "warn": with no private repository nothing proves pull, so it fails now. */
    @Test
    void noPrivateRepositoryFailsAndNamesTheThreeCauses() throws Exception {
        hub = PracticeHub.builder().privateRepositories(0).emailVerified(true).inviteAccepted(true).start();
        String token = hub.createToken(Scope.READ);
        assertThat(check(token, "--format", "json")).isEqualTo(1);
        assertThat(run.status("repositories")).isEqualTo("fail");
        assertThat(run.json().path("ready").asBoolean()).isFalse();
        String fix = fixOf("repositories");
        assertThat(fix).contains("has not accepted the invite yet").contains("Public Repo Read-only")
                .contains("has no private repository").contains("private repositories only");
    }

    private String fixOf(String id) throws Exception {
        for (JsonNode c : run.json().path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c.path("remediation").asText();
            }
        }
        return "";
    }

    @Test
    void textFormatIsReadable() {
        String token = member().createToken(Scope.READ);
        assertThat(check(token)).isZero();
        assertThat(run.stdout).contains("PASS  credentials").contains("Result: ready");
    }

    @Test
    void fromKeychainUsesTheSavedToken() throws Exception {
        String token = member().createToken(Scope.READ);
        keychain.save(new SecretKey(hub.org(), hub.dedicatedUsername()), token);
        assertThat(check("", "--from-keychain")).isZero();
    }

    @Test
    void fromKeychainWithoutEntryIsExitTwoAndWithoutKeychainExitThreeBeforeAnyRequest() {
        member();
        assertThat(check("", "--from-keychain")).isEqualTo(2); // nothing saved under these arguments: usage
        assertThat(run.stderr).contains("no token is saved for acme-corp/acmescanner")
                .contains("in the keychain of the OS user " + System.getProperty("user.name"));
        keychain.unavailable("no keychain service is running");
        // No keychain service: the environment, like an unreachable Docker Hub (issue 21 item 5), no longer usage.
        assertThat(check("", "--from-keychain")).isEqualTo(3);
        assertThat(run.stderr).contains("no keychain service is running");
        assertThat(hub.requests().count()).isZero();
    }

    @Test
    void usageErrorsAreExitTwo() {
        member();
        assertThat(check("x", "--format", "yaml")).isEqualTo(2);
        assertThat(run.stderr).contains("--format");
        assertThat(check("x", "--token", "dckr_pat_x")).isEqualTo(2);
        assertThat(run.stderr).contains("--token-stdin");
        assertThat(check("x", "--hub-url", "http://hub.example.com")).isEqualTo(2);
        assertThat(run.stderr).contains("https://");
        assertThat(hub.requests().count()).isZero();
    }
}
