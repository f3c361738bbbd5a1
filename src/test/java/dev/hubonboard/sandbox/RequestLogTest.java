package dev.hubonboard.sandbox;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.hubonboard.sandbox.TestHttp.basic;
import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class RequestLogTest {

    private final TestHttp http = new TestHttp();

    @Test
    void logsRequestLinesPerServerAndNeverSecrets() {
        try (PracticeHub hub = PracticeHub.builder().inviteAccepted(true).start()) {
            List<String> secrets = new ArrayList<>();
            String pat = hub.createToken(PracticeHub.Scope.READ);
            secrets.add(pat);
            secrets.add(hub.ownerPassword());
            secrets.add(hub.dedicatedPassword());
            secrets.add(hub.organizationAccessToken());

            String oatJwt = http.hubToken(hub, hub.org(), hub.organizationAccessToken());
            String patJwt = http.hubToken(hub, hub.dedicatedUsername(), pat);
            String ownerJwt = http.ownerToken(hub);
            secrets.addAll(List.of(oatJwt, patJwt, ownerJwt));
            http.post(hub.hubUrl().resolve("/v2/users/login"), null,
                    Map.of("username", hub.dedicatedUsername(), "password", hub.dedicatedPassword()));
            http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories?page=1&page_size=100"), bearer(patJwt));
            http.get(hub.hubUrl().resolve("/v2/orgs/acme-corp/members"), bearer(ownerJwt));
            String registryToken = json(http.get(URI.create(hub.authUrl()
                    + "?service=registry.docker.io&scope=repository:acme-corp/web:pull"),
                    basic(hub.dedicatedUsername(), pat))).get("token").asText();
            secrets.add(registryToken);
            http.send("HEAD", hub.registryUrl().resolve("/v2/acme-corp/web/manifests/latest"), bearer(registryToken), null);

            RequestLog log = hub.requests();
            assertThat(log.entries()).contains(
                    "POST /v2/auth/token",
                    "GET /v2/namespaces/acme-corp/repositories?page=1&page_size=100",
                    "GET /token?service=registry.docker.io&scope=repository:acme-corp/web:pull",
                    "HEAD /v2/acme-corp/web/manifests/latest");
            assertThat(log.count(Target.AUTH)).isEqualTo(1);
            assertThat(log.count(Target.REGISTRY)).isEqualTo(1);
            assertThat(log.count(Target.HUB)).isEqualTo(log.count() - 2);
            assertThat(log.entries(Target.REGISTRY)).containsExactly("HEAD /v2/acme-corp/web/manifests/latest");

            String everything = String.join("\n", log.entries()) + log.all() + log + hub + hub.faults();
            for (String secret : secrets) {
                assertThat(everything).doesNotContain(secret);
            }
            assertThat(everything).doesNotContainIgnoringCase("basic ").doesNotContainIgnoringCase("bearer");

            log.clear();
            assertThat(log.count()).isZero();
        }
    }

    @Test
    void secretsInTheQueryAreRedacted() {
        try (PracticeHub hub = PracticeHub.start()) {
            String oat = hub.organizationAccessToken();
            new TestHttp().get(hub.hubUrl().resolve("/v2/orgs/acme-corp?token=" + oat + "&page=1"), null);
            assertThat(hub.requests().entries()).containsExactly("GET /v2/orgs/acme-corp?token=REDACTED&page=1");
        }
    }

    @Test
    void toStringOfHubAndStateIsRedacted() {
        try (PracticeHub hub = PracticeHub.start()) {
            assertThat(hub.toString()).contains("redacted").doesNotContain(hub.organizationAccessToken())
                    .doesNotContain(hub.ownerPassword());
        }
    }
}
