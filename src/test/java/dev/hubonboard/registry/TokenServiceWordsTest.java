package dev.hubonboard.registry;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The token service's words in a message (issue 20, item 8): masked, then shortened; printable. */
class TokenServiceWordsTest {
    private static final String TOKEN = "dckr_pat_SECRETsecretSECRETsecret12";
    private static final String PASSWORD_LIKE = "not-token-shaped-SECRET-4711";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final HttpTransport transport = new HttpTransport(
            new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1, Duration.ofMillis(1),
                    Duration.ofSeconds(1)), d -> { }, Clock.systemUTC());

    private TokenServiceException refusedWith(String details, String token) {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"details\":\"" + details + "\"}").build());
        RegistryClient client = new RegistryClient(transport, server.url("/"));
        return assertThrows(TokenServiceException.class, () -> client.requestToken(
                new Challenge(server.url("/token").toString(), "registry.docker.io"), "alice", token,
                List.of("repository:acme/a:pull")));
    }

    @Test
    void aTokenEchoedAcrossTheCutIsMaskedWhole() {
        // The words are quoted up to 200 characters; the secret starts at 190, so a cut first keeps half of it.
        String before = "y".repeat(189);
        TokenServiceException e = refusedWith(before + " " + PASSWORD_LIKE + " end", PASSWORD_LIKE);
        assertThat(e.detail()).startsWith(before + " ***").doesNotContain("not-token");
        assertThat(e.getMessage()).doesNotContain("not-token").doesNotContain("SECRET");
        assertThat(e.reason()).isEqualTo(TokenServiceException.Reason.BAD_CREDENTIALS);
    }

    @Test
    void theDecisionReadsTheWholeWordsNotTheShortenedOnes() {
        TokenServiceException e = refusedWith("z".repeat(400) + " access token has insufficient scopes", TOKEN);
        assertThat(e.reason()).isEqualTo(TokenServiceException.Reason.INSUFFICIENT_SCOPE);
        assertThat(e.detail().length()).isLessThanOrEqualTo(200);
    }

    @Test
    void escapeSequencesAreStripped() {
        TokenServiceException e = refusedWith("bad\\u001b[31m creds\\u0007", TOKEN);
        assertThat(e.detail()).isEqualTo("bad creds");
        assertThat(e.getMessage()).doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
