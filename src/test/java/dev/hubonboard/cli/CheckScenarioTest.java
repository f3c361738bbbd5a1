package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.sandbox.HubScenario;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --sandbox --scenario NAME}: each scenario's exit code, the check that decides it and its words, as the
 * connection test finds them against the practice Hub set up for it (the verdict is never scripted).
 */
class CheckScenarioTest {
    /** Fast retries, but time enough to answer on a machine busy with other builds. */
    private static final HttpSettings SETTINGS = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(15), 3,
            Duration.ofMillis(10), Duration.ofSeconds(60));

    private CheckCapture run;

    private int scenario(String name, String... extra) {
        run = new CheckCapture(SETTINGS);
        List<String> args = new ArrayList<>(List.of("--sandbox", "--scenario", name, "--format", "json"));
        args.addAll(List.of(extra));
        return run.run("", (org, user) -> {
            throw new CheckCommand.UsageException("no keychain in this test");
        }, args);
    }

    private JsonNode check(String id) throws Exception {
        for (JsonNode c : run.json().path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id + " in " + run.stdout);
    }

    private List<String> failed() throws Exception {
        List<String> ids = new ArrayList<>();
        run.json().path("checks").forEach(c -> {
            if (c.path("status").asText().equals("fail")) {
                ids.add(c.path("id").asText());
            }
        });
        return ids;
    }

    @Test
    void readyIsExitZeroWithEveryCheckPassing() throws Exception {
        assertThat(scenario("ready")).isZero();
        assertThat(run.json().path("ready").asBoolean()).isTrue();
        run.json().path("checks").forEach(c -> assertThat(c.path("status").asText()).as(c.path("id").asText())
                .isEqualTo("pass"));
        assertThat(run.stderr).contains("Scenario ready: the dedicated user is an Editor with a Read-only token");
    }

    @Test
    void publicTokenIsExitOneRepositoriesFailingAndNamingPublicRepoReadOnly() throws Exception {
        assertThat(scenario("public-token")).isEqualTo(1);
        assertThat(failed()).containsExactly("repositories");
        assertThat(check("repositories").path("summary").asText()).contains("(0 private, 2 public)")
                .contains("None is private");
        assertThat(check("repositories").path("remediation").asText()).contains("\"Public Repo Read-only\"")
                .contains("create a new token with \"Repo Read-only\""); // Docker's current name (issue 19.7)
        assertThat(run.json().path("repositories").path("private").asInt()).isZero();
    }

    @Test
    void notMemberIsExitOnePullFailingOnEverySavedRepository() throws Exception {
        assertThat(scenario("not-member")).isEqualTo(1);
        assertThat(failed()).containsExactly("repositories", "pull");
        assertThat(check("repositories").path("summary").asText())
                .contains("The token sees none of the 3 private repositories the organization expects");
        assertThat(check("pull").path("summary").asText()).isEqualTo("3 of 3 private repositories cannot be pulled: "
                + "acme-corp/billing-api, acme-corp/web, acme-corp/worker.");
        assertThat(check("pull").path("remediation").asText()).contains("has not accepted the invite yet");
        assertThat(run.json().path("repositories").path("expected").asInt()).isEqualTo(3);
    }

    @Test
    void readWriteIsExitOneReadOnlyFailingBecausePushIsGranted() throws Exception {
        assertThat(scenario("read-write")).isEqualTo(1);
        assertThat(failed()).containsExactly("read-only");
        assertThat(check("read-only").path("summary").asText()).contains("can push to acme-corp/")
                .contains("it has write access");
        assertThat(check("read-only").path("remediation").asText()).contains("create a new one with \"Read-only\"");
        assertThat(check("pull").path("status").asText()).isEqualTo("pass");
    }

    @Test
    void pendingInviteIsExitOneRepositoriesFailingAndNamingTheInvite() throws Exception {
        assertThat(scenario("pending-invite")).isEqualTo(1);
        assertThat(failed()).containsExactly("repositories");
        assertThat(check("repositories").path("summary").asText()).contains("(0 private, 2 public)");
        assertThat(check("repositories").path("remediation").asText())
                .contains("acmescanner has not accepted the invite yet")
                .contains("accept the invite as Editor");
    }

    @Test
    void expiredTokenIsExitOneCredentialsFailing() throws Exception {
        assertThat(scenario("expired-token")).isEqualTo(1);
        assertThat(failed()).containsExactly("credentials");
        assertThat(check("credentials").path("summary").asText()).isEqualTo("The personal access token has expired.");
    }

    @Test
    void listingRefusedIsExitZeroWithRepositoriesWarningAndPullProvenOnTheSavedList() throws Exception {
        assertThat(scenario("listing-refused")).isZero();
        assertThat(check("repositories").path("status").asText()).isEqualTo("warn");
        assertThat(check("repositories").path("summary").asText())
                .contains("(\"token issued from personal access token\")");
        assertThat(check("pull").path("summary").asText()).isEqualTo("All 3 private repositories can be pulled (3 "
                + "expected).");
    }

    @Test
    void hubDownIsExitThreeTheConnectionRefusedNotAVerdict() throws Exception {
        assertThat(scenario("hub-down")).isEqualTo(3);
        assertThat(failed()).containsExactly("credentials");
        assertThat(check("credentials").path("summary").asText())
                .isEqualTo("127.0.0.1 refused the connection while logging in to Docker Hub.");
        assertThat(run.json().path("ready").asBoolean()).isFalse();
    }

    @Test
    void everyScenarioEndsWithTheExitCodeItDeclares() {
        for (HubScenario s : HubScenario.values()) {
            assertThat(scenario(s.word())).as(s.word() + ": " + run.stdout).isEqualTo(s.exitCode());
            assertThat(run.stdout + run.stderr).as("the token the scenario made is never printed")
                    .doesNotContain("dckr_pat_");
        }
        assertThat(Arrays.stream(HubScenario.values()).map(HubScenario::word)).contains("ready", "public-token",
                "not-member", "read-write", "pending-invite", "hub-down");
    }

    @Test
    void scenarioHelpListsEachWithItsExitCodeAndWhatItModels() {
        run = new CheckCapture(SETTINGS);
        for (List<String> args : List.of(List.of("--scenario", "help"), List.of("--sandbox", "--scenario", "help"))) {
            assertThat(run.run("", (o, u) -> null, args)).isZero();
            assertThat(run.stdout).startsWith("Scenarios for check --sandbox --scenario NAME");
            for (HubScenario s : HubScenario.values()) {
                assertThat(run.stdout).containsPattern("\n  " + s.word() + " +exit " + s.exitCode() + "  "
                        + java.util.regex.Pattern.quote(s.models()) + "\n");
            }
        }
    }

    @Test
    void anUnknownScenarioIsExitTwoNamingTheKnownOnesAndNothingStarts() {
        run = new CheckCapture(SETTINGS);
        assertThat(run.run("", (o, u) -> null, List.of("--sandbox", "--scenario", "publik-token"))).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard check: --scenario: no such scenario (did you mean "
                + "public-token?). The scenarios are ready, public-token, not-member, read-write, pending-invite, ")
                .contains("hub-down; --scenario help says what each models.").doesNotContain("Practice Hub on");
        assertThat(run.run("", (o, u) -> null, List.of("--sandbox", "--scenario", "nothing-like-it"))).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard check: --scenario: no such scenario. The scenarios are ready")
                .doesNotContain("nothing-like-it");
        assertThat(run.run("", (o, u) -> null, List.of("--sandbox", "--scenario"))).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard check: --scenario needs a value.");
    }

    @Test
    void aScenarioWithoutSandboxIsExitTwoBeforeAnyRequest() {
        run = new CheckCapture(SETTINGS);
        assertThat(run.run("dckr_pat_abcdefghijklmnopqrstuvwxyz0\n", (o, u) -> null, List.of("--org", "acme-corp",
                "--username", "acmebot", "--token-stdin", "--scenario", "hub-down"))).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard check: --scenario needs --sandbox: a scenario sets up the "
                + "practice Hub on this computer, never Docker Hub.");
    }
}
