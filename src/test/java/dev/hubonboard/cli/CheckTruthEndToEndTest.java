package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.Behaviour.Refusal;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.sandbox.Target;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's "Must show": `check` against a practice Hub that behaves as Docker's public sources describe never says
 * "ready" without proof, and names the cause in Docker's words.
 */
class CheckTruthEndToEndTest {
    private PracticeHub hub;
    /** Patient: the machine these run on is shared, and a slow answer must not read as "unreachable". */
    private final CheckCapture run = new CheckCapture(new dev.hubonboard.net.HttpSettings(java.time.Duration.ofSeconds(2),
            java.time.Duration.ofSeconds(5), 4, java.time.Duration.ofMillis(10), java.time.Duration.ofSeconds(120)));
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.close();
        }
    }

    private PracticeHub member(PracticeHub.Builder builder) {
        hub = builder.emailVerified(true).inviteAccepted(true).start();
        return hub;
    }

    private int check(String token, String... extra) {
        return run.run(hub, hub.dedicatedUsername(), token, extra).exitCode;
    }

    private String list(String... lines) throws Exception {
        Path file = dir.resolve("repositories.txt");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file.toString();
    }

    private JsonNode checkNamed(String id) throws Exception {
        for (JsonNode c : run.json().path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id + " in " + run.stdout);
    }

    private List<String> pullScopesAsked() {
        List<String> scopes = new ArrayList<>();
        for (String line : hub.requests().entries(Target.AUTH)) {
            for (String part : line.substring(line.indexOf('?') + 1).split("&")) {
                if (part.startsWith("scope=") && part.endsWith("%3Apull")) {
                    scopes.add(java.net.URLDecoder.decode(part.substring(6), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return scopes;
    }

    @Test
    void pendingInviteIsNotReadyEvenWithAList() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(false).start();
        String token = hub.createToken(Scope.READ);
        assertThat(check(token, "--format", "json", "--repositories", list("billing-api", "acme-corp/web"))).isEqualTo(1);
        assertThat(run.status("repositories")).isEqualTo("fail");
        assertThat(run.status("pull")).isEqualTo("fail");
        assertThat(checkNamed("pull").path("summary").asText())
                .contains("acme-corp/billing-api").contains("acme-corp/web");
        assertThat(checkNamed("pull").path("remediation").asText()).contains("accept the invite")
                .contains("Public Repo Read-only");
        assertThat(run.json().path("repositories").path("expected").asInt()).isEqualTo(2);
    }

    /** Both answers Docker Hub may give a Public Repo Read-only token asking pull on a private repository. */
    @ParameterizedTest(name = "whole-request refusal: {0}")
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void publicRepoReadOnlyIsNamedUnderEitherAnswer(boolean wholeRequest) throws Exception {
        member(PracticeHub.builder()).behaviour().wholeRequestInsufficientScopes(wholeRequest);
        String token = hub.createToken(Scope.PUBLIC_READ);
        assertThat(check(token, "--format", "json", "--repositories", list("billing-api", "web", "worker")))
                .isEqualTo(1);
        assertThat(run.status("pull")).isEqualTo("fail");
        JsonNode pull = checkNamed("pull");
        assertThat(pull.path("summary").asText() + pull.path("remediation").asText())
                // Docker's current names, with the older one once (contract updated for issue 19.7).
                .contains("Repo Public Read-only").contains("Public Repo Read-only").contains("\"Repo Read-only\"");
        if (wholeRequest) {
            assertThat(pull.path("summary").asText()).contains("insufficient scopes").contains("as a whole");
        } else {
            assertThat(pull.path("summary").asText()).contains("3 of 3 private repositories cannot be pulled");
        }
    }

    @Test
    void noPrivateRepositoryFailsWithTheThreeCauses() throws Exception {
        member(PracticeHub.builder().privateRepositories(0));
        assertThat(check(hub.createToken(Scope.READ))).isEqualTo(1);
        assertThat(run.stdout).contains("FAIL  repositories").contains("has not accepted the invite yet")
                .contains("Public Repo Read-only").contains("has no private repository")
                .contains("Result: not ready");
    }

    @ParameterizedTest
    @EnumSource(value = Refusal.class, names = {"FORBIDDEN_WITH_PAT", "ISSUED_FROM_PAT", "PAT_NOT_ALLOWED"})
    void listingRefusedWithAListIsReadyWithPullProvenOnEachName(Refusal refusal) throws Exception {
        member(PracticeHub.builder()).behaviour().refuseListing(refusal);
        String token = hub.createToken(Scope.READ);
        assertThat(check(token, "--format", "json", "--repositories",
                list("# the owner's list", "billing-api", "", "acme-corp/web", "worker  # nightly"))).isZero();
        assertThat(run.status("repositories")).isEqualTo("warn");
        assertThat(checkNamed("repositories").path("summary").asText())
                .contains("does not let this token list").contains(refusal.text());
        assertThat(run.status("pull")).isEqualTo("pass");
        assertThat(run.status("rate-limit")).isEqualTo("pass");
        assertThat(pullScopesAsked()).contains("repository:acme-corp/billing-api:pull",
                "repository:acme-corp/web:pull", "repository:acme-corp/worker:pull");
        JsonNode repos = run.json().path("repositories");
        assertThat(repos.path("expected").asInt()).isEqualTo(3);
        assertThat(repos.path("pullable").asInt()).isEqualTo(3);
    }

    @Test
    void listingRefusedWithoutAListFailsAndNamesTheRepositoriesOption() throws Exception {
        member(PracticeHub.builder()).behaviour().refuseListing(Refusal.ISSUED_FROM_PAT);
        assertThat(check(hub.createToken(Scope.READ), "--format", "json")).isEqualTo(1);
        assertThat(run.status("repositories")).isEqualTo("fail");
        assertThat(checkNamed("repositories").path("remediation").asText()).contains("--repositories FILE")
                .contains("--from-keychain");
        assertThat(run.json().path("ready").asBoolean()).isFalse();
    }

    @Test
    void hubTagsRefusedAndNoLatestTagStillReadsAManifest() throws Exception {
        member(PracticeHub.builder().tags("2.1.0", "1.9.3")).behaviour().refuseTags(Refusal.FORBIDDEN_WITH_PAT);
        assertThat(check(hub.createToken(Scope.READ), "--format", "json")).isZero();
        assertThat(run.status("rate-limit")).isEqualTo("pass");
        assertThat(checkNamed("rate-limit").path("summary").asText()).contains("acme-corp/billing-api:1.9.3");
        assertThat(hub.requests().entries(Target.HUB)).as("the Hub's tags route is not used")
                .noneMatch(l -> l.contains("/tags"));
        assertThat(hub.requests().entries(Target.REGISTRY)).anyMatch(l -> l.contains("/tags/list?n=1"));
    }

    @Test
    void aNamedRepositoryThatCannotBePulledIsNamed() throws Exception {
        member(PracticeHub.builder());
        assertThat(check(hub.createToken(Scope.READ), "--format", "json", "--repositories",
                list("web", "legacy-payments"))).isEqualTo(1);
        assertThat(run.status("repositories")).isEqualTo("warn");
        assertThat(run.status("pull")).isEqualTo("fail");
        assertThat(checkNamed("pull").path("summary").asText())
                .isEqualTo("1 of 4 private repositories cannot be pulled: acme-corp/legacy-payments.");
    }

    @Test
    void theOrganizationsPlanIsNamedWhenNoPullLimitIsSent() throws Exception {
        member(PracticeHub.builder().rateLimitHeaders(false));
        assertThat(check(hub.createToken(Scope.READ))).isZero();
        assertThat(run.stdout).contains("count against the organization's plan, not acmescanner's");
    }

    @Test
    void aPushProbeAnswered200WithoutPushSaysItProvesNothing() throws Exception {
        // A plain member (not Editor) with a Read & Write token: the token service answers 200 without push.
        member(PracticeHub.builder().dedicatedRole("member"));
        assertThat(check(hub.createToken(Scope.WRITE), "--format", "json")).isZero();
        assertThat(run.status("read-only")).isEqualTo("warn");
        assertThat(checkNamed("read-only").path("summary").asText())
                .contains("A 200 without push does not prove the token's scope");
    }

    @Test
    void thePasswordGivenAsTokenIsNamed() throws Exception {
        member(PracticeHub.builder());
        assertThat(run.run(hub, hub.ownerUsername(), hub.ownerPassword(), "--format", "json").exitCode).isEqualTo(1);
        assertThat(checkNamed("credentials").path("summary").asText()).contains("the account's password");
        assertThat(checkNamed("credentials").path("remediation").asText()).contains("personal access token");
        assertThat(run.stdout + run.stderr).doesNotContain(hub.ownerPassword());
    }

    @Test
    void aBadLineInTheListIsAUsageErrorBeforeAnyRequest() throws Exception {
        member(PracticeHub.builder());
        assertThat(check("dckr_pat_abcdefghijklmnopqrstuvwxyz0", "--repositories",
                list("web", "# fine", "other-org/web"))).isEqualTo(2);
        assertThat(run.stderr).contains("line 3").contains("other-org/web").contains("not a repository of acme-corp");
        assertThat(check("dckr_pat_abcdefghijklmnopqrstuvwxyz0", "--repositories", list("Web App"))).isEqualTo(2);
        assertThat(run.stderr).contains("line 1");
        assertThat(check("dckr_pat_abcdefghijklmnopqrstuvwxyz0", "--repositories", list("# nothing"))).isEqualTo(2);
        assertThat(run.stderr).contains("names no repository");
        assertThat(check("dckr_pat_abcdefghijklmnopqrstuvwxyz0", "--repositories",
                dir.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(run.stderr).contains("could not be read");
        assertThat(hub.requests().count()).isZero();
    }

    @Test
    void fromKeychainProvesPullOnTheListSavedWithTheOnboarding() throws Exception {
        member(PracticeHub.builder());
        MemorySecretStore keychain = new MemorySecretStore();
        keychain.save(new SecretKey(hub.org(), hub.dedicatedUsername()), hub.createToken(Scope.READ));
        ProgressStore store = new ProgressStore(dir.resolve("progress"));
        Onboarding onboarding = Onboarding.begin(hub.org());
        onboarding.setExpectedRepositories(List.of("billing-api", "web", "worker", "retired-api"));
        store.save(onboarding);
        run.saved = new SavedRepositories(store);
        int code = run.run("", new KeychainTokenSource(keychain), List.of("--org", hub.org(), "--username",
                hub.dedicatedUsername(), "--from-keychain", "--format", "json", "--hub-url", hub.hubUrl().toString(),
                "--registry-url", hub.registryUrl().toString(), "--allow-custom-host")); // the practice Hub (issue 20)
        assertThat(code).isEqualTo(1);
        assertThat(run.json().path("repositories").path("expected").asInt()).isEqualTo(4);
        assertThat(checkNamed("pull").path("summary").asText()).contains("acme-corp/retired-api");
    }
}
