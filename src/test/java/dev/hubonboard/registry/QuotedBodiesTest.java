package dev.hubonboard.registry;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The registry side's classification of answers quoted from public sources (bodies/SOURCES.md). */
class QuotedBodiesTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final HttpTransport transport = new HttpTransport(
            new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(1),
                    Duration.ofSeconds(1)), d -> { }, Clock.systemUTC());

    private static String body(String file) {
        try (InputStream in = QuotedBodiesTest.class.getResourceAsStream("/dev/hubonboard/bodies/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private RegistryClient client() {
        return new RegistryClient(transport, server.url("/"));
    }

    private Challenge challenge() {
        return new Challenge(server.url("/token").toString(), "registry.docker.io");
    }

    /** docker/cli#4511: the whole request refused; on a pull request the check names Public Repo Read-only. */
    @Test
    void insufficientScopesOnAPullRequestIsItsOwnReason() {
        server.enqueue(new MockResponse.Builder().code(401).body(body("auth-insufficient-scopes.json")).build());

        assertThatThrownBy(() -> client().grants(challenge(), "scanner", "dckr_pat_abcdefghijklmnopqrstuvwxyz0",
                List.of("acme/web"), "pull"))
                .isInstanceOfSatisfying(TokenServiceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TokenServiceException.Reason.INSUFFICIENT_SCOPE);
                    assertThat(e.detail()).isEqualTo("access token has insufficient scopes");
                });
    }

    @Test
    void insufficientScopesOnThePushProbeProvesReadOnly() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).body(body("auth-insufficient-scopes.json")).build());

        assertThat(client().probePush(challenge(), "scanner", "dckr_pat_abcdefghijklmnopqrstuvwxyz0", "acme/web"))
                .isEqualTo(PushProbe.REFUSED_BY_SCOPE);
    }

    /** The distribution spec's tag list, read with the pull token. */
    @Test
    void theTagListIsReadFromTheRegistryWithThePullToken() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body(body("registry-tags-list.json")).build());

        TagListing tags = client().tags(new RegistryToken("registry-jwt"), "acme/web", 1);
        assertThat(tags.ok()).isTrue();
        assertThat(tags.tags()).containsExactly("<tag>");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v2/acme/web/tags/list");
        assertThat(r.getUrl().queryParameter("n")).isEqualTo("1");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer registry-jwt");
    }

    @Test
    void aRepositoryWithoutTagsAndARefusalAreTold() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"name\":\"acme/web\",\"tags\":null}").build());
        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("[\"not a tag list\"]").build());

        assertThat(client().tags(new RegistryToken("t"), "acme/web", 1).tags()).isEmpty();
        TagListing refused = client().tags(new RegistryToken("t"), "acme/web", 1);
        assertThat(refused.ok()).isFalse();
        assertThat(refused.errorCode()).isEqualTo("UNAUTHORIZED");
        TagListing odd = client().tags(new RegistryToken("t"), "acme/web", 1);
        assertThat(odd.ok()).isFalse();
        assertThat(odd.errorCode()).isEqualTo("MALFORMED");
    }
}
