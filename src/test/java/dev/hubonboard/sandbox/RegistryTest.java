package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.hubonboard.sandbox.TestHttp.basic;
import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class RegistryTest {

    private PracticeHub hub;
    private final TestHttp http = new TestHttp();

    @BeforeEach
    void start() {
        hub = PracticeHub.builder().inviteAccepted(true).start();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private HttpResponse<String> token(String auth, String... scopes) {
        StringBuilder q = new StringBuilder("?service=registry.docker.io");
        for (String scope : scopes) {
            q.append("&scope=").append(scope);
        }
        return http.get(URI.create(hub.authUrl() + q.toString()), auth);
    }

    private static JsonNode access(HttpResponse<String> tokenResponse) {
        return TestHttp.payload(json(tokenResponse).get("token").asText()).get("access");
    }

    private String pat(PracticeHub.Scope scope) {
        return basic(hub.dedicatedUsername(), hub.createToken(scope));
    }

    @Test
    void challengeAnnouncesTheTokenService() {
        HttpResponse<String> r = http.get(hub.registryUrl().resolve("/v2/"), null);
        assertThat(r.statusCode()).isEqualTo(401);
        String challenge = r.headers().firstValue("WWW-Authenticate").orElseThrow();
        Matcher m = Pattern.compile("Bearer realm=\"([^\"]+)\",service=\"([^\"]+)\"").matcher(challenge);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo(hub.authUrl().toString());
        assertThat(m.group(2)).isEqualTo("registry.docker.io");
        assertThat(json(r).get("errors").get(0).get("code").asText()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void tokenResponseHasTheDocumentedFields() {
        HttpResponse<String> r = token(pat(PracticeHub.Scope.READ), "repository:acme-corp/web:pull");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("token").asText()).isEqualTo(body.get("access_token").asText());
        assertThat(body.get("expires_in").asInt()).isPositive();
        assertThat(body.get("issued_at").asText()).isNotBlank();
    }

    @Test
    void readTokenPullsPrivateRepositoriesAndManyScopesAreAnsweredTogether() {
        JsonNode access = access(token(pat(PracticeHub.Scope.READ),
                "repository:acme-corp/web:pull", "repository:acme-corp/worker:pull", "repository:acme-corp/docs-site:pull"));
        assertThat(access).hasSize(3);
        for (JsonNode entry : access) {
            assertThat(entry.get("type").asText()).isEqualTo("repository");
            assertThat(entry.get("actions").toString()).isEqualTo("[\"pull\"]");
        }
        assertThat(access.get(0).get("name").asText()).isEqualTo("acme-corp/web");
    }

    @Test
    void publicReadTokenGetsEmptyActionsOnPrivateButPullsPublic() {
        HttpResponse<String> r = token(pat(PracticeHub.Scope.PUBLIC_READ),
                "repository:acme-corp/web:pull", "repository:acme-corp/docs-site:pull");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(access(r).get(0).get("actions")).isEmpty();
        assertThat(access(r).get(1).get("actions").get(0).asText()).isEqualTo("pull");
    }

    @Test
    void writeTokenAskingPushGetsPush() {
        JsonNode access = access(token(pat(PracticeHub.Scope.WRITE), "repository:acme-corp/web:pull,push"));
        assertThat(access.get(0).get("actions").toString()).isEqualTo("[\"pull\",\"push\"]");
    }

    @Test
    void readTokenAskingPushFailsTheWholeRequest() {
        HttpResponse<String> r = token(pat(PracticeHub.Scope.READ),
                "repository:acme-corp/web:pull", "repository:acme-corp/web:push");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).get("details").asText()).isEqualTo("access token has insufficient scopes");
    }

    @Test
    void nonMemberGetsEmptyActionsOnPrivateAndUnknownNames() {
        try (PracticeHub pending = PracticeHub.builder().emailVerified(true).start()) {
            String auth = basic(pending.dedicatedUsername(), pending.createToken(PracticeHub.Scope.WRITE));
            HttpResponse<String> r = http.get(URI.create(pending.authUrl()
                    + "?service=registry.docker.io&scope=repository:acme-corp/web:pull,push"
                    + "&scope=repository:acme-corp/base-image:pull"), auth);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(access(r).get(0).get("actions")).isEmpty();
            assertThat(access(r).get(1).get("actions").get(0).asText()).isEqualTo("pull");
        }
        JsonNode unknown = access(token(pat(PracticeHub.Scope.READ), "repository:acme-corp/nope:pull",
                "repository:other-org/web:pull"));
        assertThat(unknown.get(0).get("actions")).isEmpty();
        assertThat(unknown.get(1).get("actions")).isEmpty();
    }

    @Test
    void anonymousPullsPublicOnly() {
        JsonNode access = access(token(null, "repository:acme-corp/docs-site:pull", "repository:acme-corp/web:pull"));
        assertThat(access.get(0).get("actions").get(0).asText()).isEqualTo("pull");
        assertThat(access.get(1).get("actions")).isEmpty();
    }

    @Test
    void wrongAndExpiredCredentialsAre401WithDetails() {
        HttpResponse<String> wrong = token(basic(hub.dedicatedUsername(), "dckr_pat_nope"), "repository:acme-corp/web:pull");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("details").asText()).isEqualTo("incorrect username or password");
        HttpResponse<String> expired = token(basic(hub.dedicatedUsername(),
                hub.createToken(PracticeHub.Scope.READ, true)), "repository:acme-corp/web:pull");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(json(expired).get("details").asText()).contains("expired");
        assertThat(http.get(URI.create(hub.authUrl() + "?service=other"), null).statusCode()).isEqualTo(400);
    }

    @Test
    void manifestHeadProvesPullWithoutCountingAndGetCounts() {
        String registryToken = json(token(pat(PracticeHub.Scope.READ), "repository:acme-corp/web:pull")).get("token").asText();
        URI manifest = hub.registryUrl().resolve("/v2/acme-corp/web/manifests/latest");
        HttpResponse<String> head = http.send("HEAD", manifest, bearer(registryToken), null);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Docker-Content-Digest").orElseThrow()).startsWith("sha256:");
        assertThat(head.headers().firstValue("ratelimit-limit")).contains("200;w=21600");
        assertThat(head.headers().firstValue("ratelimit-remaining")).contains("199;w=21600");
        assertThat(head.headers().firstValue("docker-ratelimit-source")).contains("127.0.0.1");
        assertThat(http.send("HEAD", manifest, bearer(registryToken), null).headers()
                .firstValue("ratelimit-remaining")).contains("199;w=21600");

        HttpResponse<String> get = http.get(manifest, bearer(registryToken));
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(json(get).get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(get.headers().firstValue("ratelimit-remaining")).contains("198;w=21600");
        assertThat(http.send("HEAD", manifest, bearer(registryToken), null).headers()
                .firstValue("ratelimit-remaining")).contains("198;w=21600");

        assertThat(http.get(hub.registryUrl().resolve("/v2/"), bearer(registryToken)).statusCode()).isEqualTo(200);
    }

    @Test
    void manifestErrors() {
        String webOnly = json(token(pat(PracticeHub.Scope.READ), "repository:acme-corp/web:pull",
                "repository:acme-corp/nope:pull")).get("token").asText();
        HttpResponse<String> noToken = http.send("HEAD", hub.registryUrl().resolve("/v2/acme-corp/web/manifests/latest"), null, null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("scope=\"repository:acme-corp/web:pull\"");

        HttpResponse<String> otherRepo = http.get(hub.registryUrl().resolve("/v2/acme-corp/worker/manifests/latest"), bearer(webOnly));
        assertThat(otherRepo.statusCode()).isEqualTo(401);
        assertThat(json(otherRepo).get("errors").get(0).get("code").asText()).isEqualTo("UNAUTHORIZED");

        HttpResponse<String> unknownTag = http.get(hub.registryUrl().resolve("/v2/acme-corp/web/manifests/2.0"), bearer(webOnly));
        assertThat(unknownTag.statusCode()).isEqualTo(404);
        assertThat(json(unknownTag).get("errors").get(0).get("code").asText()).isEqualTo("MANIFEST_UNKNOWN");

        HttpResponse<String> unknownRepo = http.get(hub.registryUrl().resolve("/v2/acme-corp/nope/manifests/latest"), bearer(webOnly));
        assertThat(unknownRepo.statusCode()).isEqualTo(404);
        assertThat(json(unknownRepo).get("errors").get(0).get("code").asText()).isEqualTo("NAME_UNKNOWN");

        // A Hub API JWT is not a registry token.
        String hubJwt = http.hubToken(hub, hub.org(), hub.organizationAccessToken());
        assertThat(http.send("HEAD", hub.registryUrl().resolve("/v2/acme-corp/web/manifests/latest"), bearer(hubJwt), null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void noRateLimitHeadersWhenUnlimited() {
        try (PracticeHub unlimited = PracticeHub.builder().inviteAccepted(true).rateLimitHeaders(false).start()) {
            String auth = basic(unlimited.dedicatedUsername(), unlimited.createToken(PracticeHub.Scope.READ));
            String token = json(http.get(URI.create(unlimited.authUrl()
                    + "?service=registry.docker.io&scope=repository:acme-corp/web:pull"), auth)).get("token").asText();
            HttpResponse<String> head = http.send("HEAD",
                    unlimited.registryUrl().resolve("/v2/acme-corp/web/manifests/latest"), bearer(token), null);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.headers().firstValue("ratelimit-limit")).isEmpty();
            assertThat(head.headers().firstValue("ratelimit-remaining")).isEmpty();
        }
    }

    @Test
    void pullLimitReachedIs429OnGetOnly() {
        try (PracticeHub limited = PracticeHub.builder().inviteAccepted(true).rateLimitRemaining(1).start()) {
            String auth = basic(limited.dedicatedUsername(), limited.createToken(PracticeHub.Scope.READ));
            String token = json(http.get(URI.create(limited.authUrl()
                    + "?service=registry.docker.io&scope=repository:acme-corp/web:pull"), auth)).get("token").asText();
            URI manifest = limited.registryUrl().resolve("/v2/acme-corp/web/manifests/latest");
            assertThat(http.get(manifest, bearer(token)).statusCode()).isEqualTo(200);
            HttpResponse<String> limitedGet = http.get(manifest, bearer(token));
            assertThat(limitedGet.statusCode()).isEqualTo(429);
            assertThat(json(limitedGet).get("errors").get(0).get("code").asText()).isEqualTo("TOOMANYREQUESTS");
            assertThat(http.send("HEAD", manifest, bearer(token), null).statusCode()).isEqualTo(200);
        }
    }
}
