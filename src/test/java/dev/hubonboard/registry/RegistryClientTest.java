package dev.hubonboard.registry;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.ServiceException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.hubonboard.registry.AccessClaimTest.jwt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final HttpTransport transport = new HttpTransport(
            new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 3, Duration.ofMillis(1),
                    Duration.ofSeconds(1)), d -> { }, Clock.systemUTC());

    private RegistryClient client() {
        return new RegistryClient(transport, server.url("/"));
    }

    private Challenge challenge() {
        return new Challenge(server.url("/token").toString(), "registry.docker.io");
    }

    private static MockResponse tokenResponse(String payload) {
        return new MockResponse.Builder().code(200).body("{\"token\":\"" + jwt(payload) + "\",\"expires_in\":300}").build();
    }

    @Test
    void discoversTheTokenServiceFromTheChallenge() throws Exception {
        String realm = server.url("/token").toString();
        server.enqueue(new MockResponse.Builder().code(401)
                .addHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"registry.docker.io\"")
                .body("{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}").build());
        assertThat(client().discover()).isEqualTo(new Challenge(realm, "registry.docker.io"));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/v2/");
        assertThat(r.getHeaders().get("User-Agent")).startsWith("hub-onboard/");
    }

    @Test
    void refusesAPlainHttpTokenServiceOffLoopback() {
        server.enqueue(new MockResponse.Builder().code(401)
                .addHeader("WWW-Authenticate", "Bearer realm=\"http://auth.example/token\",service=\"s\"").build());
        // Issue 20: a typed refusal (it was an IllegalArgumentException from BaseUrl), see RealmTest for the rules.
        assertThatThrownBy(() -> client().discover()).isInstanceOfSatisfying(UntrustedRealmException.class,
                e -> assertThat(e.reason()).isEqualTo(UntrustedRealmException.Reason.NOT_HTTPS))
                .hasMessageContaining("http://auth.example").hasMessageContaining("without https");
    }

    @Test
    void missingChallengeIsExplained() {
        server.enqueue(new MockResponse.Builder().code(200).build());
        assertThatThrownBy(() -> client().discover()).isInstanceOf(ServiceException.class)
                .hasMessageContaining("token service");
    }

    @Test
    void asksForManyScopesPerRequestWithBasicAuthAndReadsTheAccessClaim() throws Exception {
        server.enqueue(tokenResponse("{\"access\":[{\"type\":\"repository\",\"name\":\"acme/a\",\"actions\":[\"pull\"]},"
                + "{\"type\":\"repository\",\"name\":\"acme/b\",\"actions\":[]}]}"));
        Map<String, Set<String>> grants = client().grants(challenge(), "scanner", "dckr_pat_SECRET", List.of("acme/a", "acme/b"), "pull");
        assertThat(grants).containsEntry("acme/a", Set.of("pull")).containsEntry("acme/b", Set.of());
        RecordedRequest r = server.takeRequest();
        assertThat(r.getUrl().queryParameterValues("scope")).containsExactly("repository:acme/a:pull", "repository:acme/b:pull");
        assertThat(r.getUrl().queryParameter("service")).isEqualTo("registry.docker.io");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo(Credentials.basic("scanner", "dckr_pat_SECRET", StandardCharsets.UTF_8));
    }

    @Test
    void splitsLongScopeListsIntoBoundedRequests() throws Exception {
        List<String> repos = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            repos.add("acme-corp/svc-" + i);
        }
        for (int i = 0; i < 10; i++) {
            server.enqueue(tokenResponse("{\"access\":[]}"));
        }
        client().grants(challenge(), "scanner", "dckr_pat_x", repos, "pull");
        int requests = server.getRequestCount();
        assertThat(requests).isBetween(2, 5);
        int scopes = 0;
        for (int i = 0; i < requests; i++) {
            RecordedRequest r = server.takeRequest();
            assertThat(r.getUrl().encodedQuery().length()).isLessThan(RegistryClient.MAX_QUERY_CHARS + 200);
            scopes += r.getUrl().queryParameterValues("scope").size();
        }
        assertThat(scopes).isEqualTo(400);
    }

    @Test
    void insufficientScopeOnPushProvesReadOnly() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"details\":\"access token has insufficient scopes\"}").build());
        assertThat(client().probePush(challenge(), "u", "t", "acme/a")).isEqualTo(PushProbe.REFUSED_BY_SCOPE);
        assertThat(server.takeRequest().getUrl().queryParameter("scope")).isEqualTo("repository:acme/a:pull,push");
    }

    @Test
    void grantedPushMeansTheTokenCanWrite() throws Exception {
        server.enqueue(tokenResponse("{\"access\":[{\"type\":\"repository\",\"name\":\"acme/a\",\"actions\":[\"pull\",\"push\"]}]}"));
        assertThat(client().probePush(challenge(), "u", "t", "acme/a")).isEqualTo(PushProbe.GRANTED);
    }

    @Test
    void pushNotGrantedWithoutRefusalIsInconclusive() throws Exception {
        server.enqueue(tokenResponse("{\"access\":[{\"type\":\"repository\",\"name\":\"acme/a\",\"actions\":[\"pull\"]}]}"));
        assertThat(client().probePush(challenge(), "u", "t", "acme/a")).isEqualTo(PushProbe.NOT_GRANTED);
    }

    @Test
    void tokenServiceRefusalsAreTyped() {
        server.enqueue(new MockResponse.Builder().code(401).body("{\"details\":\"incorrect username or password\"}").build());
        server.enqueue(new MockResponse.Builder().code(401).body("{\"details\":\"personal access token is expired\"}").build());
        assertThatThrownBy(() -> client().requestToken(challenge(), "u", "dckr_pat_SECRET", List.of("repository:a/b:pull")))
                .isInstanceOfSatisfying(TokenServiceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TokenServiceException.Reason.BAD_CREDENTIALS);
                    assertThat(e.getMessage()).contains("incorrect username or password").doesNotContain("SECRET");
                });
        assertThatThrownBy(() -> client().requestToken(challenge(), "u", "t", List.of("repository:a/b:pull")))
                .isInstanceOfSatisfying(TokenServiceException.class,
                        e -> assertThat(e.reason()).isEqualTo(TokenServiceException.Reason.TOKEN_EXPIRED));
        assertThat(server.getRequestCount()).isEqualTo(2); // a 401 is never retried
    }

    @Test
    void manifestHeadUsesTheBearerTokenAndReadsThePullLimit() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("ratelimit-limit", "200;w=21600")
                .addHeader("ratelimit-remaining", "187;w=21600").build());
        ManifestCheck m = client().headManifest(new RegistryToken("REGTOKEN"), "acme/web", "1.0");
        assertThat(m.ok()).isTrue();
        assertThat(m.rateLimit()).contains(new RateLimit(200, 187, 21600, ""));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("HEAD");
        assertThat(r.getTarget()).isEqualTo("/v2/acme/web/manifests/1.0");
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer REGTOKEN");
    }

    @Test
    void manifestRefusalIsReportedNotThrown() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).build());
        assertThat(client().headManifest(new RegistryToken("x"), "acme/web", "latest").errorCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void registryTokenNeverPrints() {
        assertThat(new RegistryToken("SECRETVALUE").toString()).doesNotContain("SECRETVALUE");
    }
}
