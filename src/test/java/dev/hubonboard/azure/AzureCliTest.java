package dev.hubonboard.azure;

import dev.hubonboard.azure.AzureSignInException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in through a stand-in {@code az} on a temporary PATH. */
class AzureCliTest {
    static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJhdWQiOiJhcm0ifQ.AZURECANARYsig0123";
    static final String SUBSCRIPTION = "11111111-2222-4333-8444-555555555555";

    @TempDir
    Path dir;

    @Test
    void tokenSubscriptionTenantAndExpiryAreRead() throws Exception {
        StandInAz az = StandInAz.signedIn(dir, TOKEN, SUBSCRIPTION);

        AzureToken token = az.cli().signIn();

        assertThat(token.value()).isEqualTo(TOKEN);
        assertThat(token.subscription()).contains(SUBSCRIPTION);
        assertThat(token.tenant()).contains("72f988bf-86f1-41af-91ab-2d7cd011db47");
        assertThat(token.expiresOn()).isAfter(Instant.now().plus(Duration.ofMinutes(50)))
                .as("expires_on (POSIX seconds) wins over the local-time expiresOn").isBefore(Instant.parse("2029-01-01T00:00:00Z"));
        assertThat(az.args().lines()).containsExactly("account", "get-access-token", "--resource",
                "https://management.azure.com/", "--output", "json");
    }

    @Test
    void olderCliWithOnlyLocalExpiresOnIsRead() throws Exception {
        StandInAz az = StandInAz.script(dir, "echo '{\"accessToken\": \"" + TOKEN + "\", \"expiresOn\": "
                + "\"2030-01-01 10:00:00.000000\", \"tokenType\": \"Bearer\"}'\n");

        AzureToken token = new AzureCli(Map.of("PATH", dir.toString()), false, Duration.ofSeconds(20),
                ZoneOffset.ofHours(2)).signIn();

        assertThat(token.expiresOn()).isEqualTo(Instant.parse("2030-01-01T08:00:00Z"));
        assertThat(token.subscription()).isEmpty();
    }

    @Test
    void tokenIsMaskedInToStringAndMask() throws Exception {
        AzureToken token = StandInAz.signedIn(dir, TOKEN, SUBSCRIPTION).cli().signIn();

        assertThat(token.toString()).doesNotContain(TOKEN).doesNotContain("AZURECANARY").contains("***");
        assertThat(token.mask("Bearer " + TOKEN + " end")).isEqualTo("Bearer *** end");
    }

    @Test
    void missingCliSaysHowToInstallAndSignIn() {
        AzureCli cli = new AzureCli(Map.of("PATH", dir.toString()), false, Duration.ofSeconds(5), ZoneOffset.UTC);

        assertThatThrownBy(cli::signIn).isInstanceOfSatisfying(AzureSignInException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.CLI_MISSING);
            assertThat(e.getMessage()).contains("not found on PATH").contains("az login").contains("export");
        });
    }

    @Test
    void notSignedInSaysAzLogin() throws Exception {
        StandInAz az = StandInAz.notSignedIn(dir);

        assertThatThrownBy(() -> az.cli().signIn()).isInstanceOfSatisfying(AzureSignInException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED_IN);
            assertThat(e.getMessage()).contains("run `az login`");
        });
    }

    /**
     * The sentence alone decides nothing: a CLI that says "Please run 'az login'" while {@code az account list} still
     * lists an account has failed for another reason, and is said as a failure, quoted.
     */
    @Test
    void theWordsAzLoginAloneAreNotASignInProblem() throws Exception {
        StandInAz az = StandInAz.script(dir, """
                if [ "$2" = list ]; then printf '%s\\n' '[{"id": "11111111-2222-4333-8444-555555555555"}]'; exit 0; fi
                echo "ERROR: Please run 'az login' to setup account." >&2
                exit 1
                """);

        assertThatThrownBy(() -> az.cli().signIn()).isInstanceOfSatisfying(AzureSignInException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.FAILED);
            assertThat(e.getMessage()).contains("exit code 1").contains("Please run 'az login'");
        });
        assertThat(az.args()).as("the account list was asked for").isEqualTo("account\nlist\n--output\njson\n");
    }

    /** An account list that cannot be had either: a failure, not a guess that the sign-in is gone. */
    @Test
    void aFailureWhoseAccountListAlsoFailsIsAFailure() throws Exception {
        StandInAz az = StandInAz.script(dir, "echo 'ERROR: something else' >&2\nexit 1\n");

        assertThatThrownBy(() -> az.cli().signIn()).isInstanceOfSatisfying(AzureSignInException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.FAILED));
    }

    /** The Entra error code decides without asking for the account list. */
    @Test
    void anEntraErrorCodeIsASignInProblemWithoutAnotherRun() throws Exception {
        StandInAz az = StandInAz.script(dir, "echo 'ERROR: AADSTS50173: The provided grant has expired due to it "
                + "being revoked.' >&2\nexit 1\n");

        assertThatThrownBy(() -> az.cli().signIn()).isInstanceOfSatisfying(AzureSignInException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED_IN));
        assertThat(az.args()).as("one run: the token's").startsWith("account\nget-access-token\n");
    }

    @Test
    void expiredRefreshTokenIsANewSignIn() throws Exception {
        StandInAz az = StandInAz.script(dir, "echo 'ERROR: AADSTS700082: The refresh token has expired due to "
                + "inactivity.' >&2\nexit 1\n");

        assertThatThrownBy(() -> az.cli().signIn()).isInstanceOfSatisfying(AzureSignInException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_SIGNED_IN));
    }

    @Test
    void hangingCliIsStoppedAtTheTimeLimit() throws Exception {
        StandInAz az = StandInAz.script(dir, StandInAz.sleep(30));
        long start = System.nanoTime();

        assertThatThrownBy(() -> az.cli(Duration.ofSeconds(1)).signIn())
                .isInstanceOfSatisfying(AzureSignInException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMED_OUT);
                    assertThat(e.getMessage()).contains("within 1 s").contains("az login");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void otherFailureQuotesOneRedactedLineOfStderr() throws Exception {
        StandInAz az = StandInAz.script(dir, "echo 'WARNING: something' >&2\necho 'ERROR: bad thing near " + TOKEN
                + "' >&2\nexit 2\n");

        assertThatThrownBy(() -> az.cli().signIn()).isInstanceOfSatisfying(AzureSignInException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.FAILED);
            assertThat(e.getMessage()).contains("exit code 2").contains("ERROR: bad thing near ***")
                    .doesNotContain("AZURECANARY");
        });
    }

    @Test
    void unexpectedOutputIsNeverQuoted() throws Exception {
        StandInAz az = StandInAz.script(dir, "echo 'token=" + TOKEN + " not json'\n");

        assertThatThrownBy(() -> az.cli().signIn()).isInstanceOfSatisfying(AzureSignInException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.FAILED);
            assertThat(e.getMessage()).doesNotContain("AZURECANARY").contains("did not print an access token");
        });
    }

    @Test
    void windowsLooksForAzCmdWhichNeedsNoExecutableBit() throws Exception {
        Files.writeString(dir.resolve("az.cmd"), "@echo off\r\n");
        Path other = Files.createDirectories(dir.resolve("other"));

        AzureCli windows = new AzureCli(Map.of("PATH", other + java.io.File.pathSeparator + dir), true,
                Duration.ofSeconds(5), ZoneOffset.UTC);

        assertThat(windows.locate()).contains(dir.resolve("az.cmd"));
        assertThat(new AzureCli(Map.of("PATH", dir.toString()), false, Duration.ofSeconds(5), ZoneOffset.UTC).locate())
                .as("no az without .cmd on Linux/macOS").isEmpty();
    }

    @Test
    void aSubscriptionGetsATokenForItsOwnTenant() throws Exception {
        // account show answers with the subscription's tenant; get-access-token must be asked with --subscription.
        StandInAz az = StandInAz.script(dir.resolve("bin"), """
                case "$2" in
                  show) printf '%s\\n' '{"id": "11111111-2222-4333-8444-555555555555", "tenantId": "33e01921-4d64-4f8c-a055-5bdaffd5e33d"}' ;;
                  get-access-token) printf '%s\\n' '{"accessToken": "eyJ.tenant.token", "expires_on": 4102444800, "tenant": "72f988bf-86f1-41af-91ab-2d7cd011db47"}' ;;
                esac
                """);

        AzureToken token = az.cli().signIn("11111111-2222-4333-8444-555555555555");

        assertThat(token.tenant()).contains("33e01921-4d64-4f8c-a055-5bdaffd5e33d");
        assertThat(az.args()).startsWith("account\nget-access-token\n").contains("--subscription\n"
                + "11111111-2222-4333-8444-555555555555\n");
    }

    @Test
    void aSubscriptionTheCliDoesNotKnowSaysToSignInToItsTenant() throws Exception {
        StandInAz az = StandInAz.script(dir.resolve("bin"), "echo \"ERROR: Subscription 'x' not found.\" >&2\nexit 1\n");

        assertThatThrownBy(() -> az.cli().signIn("11111111-2222-4333-8444-555555555555"))
                .isInstanceOfSatisfying(AzureSignInException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AzureSignInException.Reason.NOT_SIGNED_IN);
                    assertThat(e.getMessage()).contains("no access to subscription 11111111-2222-4333-8444-555555555555")
                            .contains("az login --tenant");
                });
    }
}
