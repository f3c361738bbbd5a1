package dev.hubonboard.sandbox;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static dev.hubonboard.sandbox.TestHttp.basic;
import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DedicatedUserTest {

    private final TestHttp http = new TestHttp();

    @Test
    void defaultsDescribeTheOrganizationAndItsPeople() {
        try (PracticeHub hub = PracticeHub.start()) {
            assertThat(hub.org()).isEqualTo("acme-corp");
            assertThat(hub.ownerUsername()).isEqualTo("acmeowner");
            assertThat(hub.dedicatedUsername()).isEqualTo("acmescanner");
            assertThat(hub.dedicatedEmail()).isEqualTo("scanner@acme.example");
            assertThat(hub.ownerSecondFactorCode()).isEqualTo("123456");
            assertThat(hub.organizationAccessToken()).matches("dckr_oat_[A-Za-z0-9_-]{27,32}");
            assertThat(hub.hubUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(hub.registryUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(hub.authUrl().getPath()).isEqualTo("/token");
            assertThat(hub.hubUrl().getPort()).isNotEqualTo(hub.registryUrl().getPort());
        }
    }

    @Test
    void unverifiedUserCanNeitherAcceptNorCreateTokens() {
        try (PracticeHub hub = PracticeHub.start()) {
            assertThatThrownBy(hub::acceptInvite).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("verify").hasMessageContaining("scanner@acme.example");
            assertThatThrownBy(() -> hub.createToken(PracticeHub.Scope.READ))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("verify");
        }
    }

    @Test
    void verifyThenAcceptThenCreateTokenThenPull() {
        try (PracticeHub hub = PracticeHub.start()) {
            hub.verifyEmail();
            String earlyToken = hub.createToken(PracticeHub.Scope.READ);
            assertThat(earlyToken).matches("dckr_pat_[A-Za-z0-9_-]{27}");
            String scopeUrl = hub.authUrl() + "?service=registry.docker.io&scope=repository:acme-corp/web:pull";
            // Before acceptance the token is valid but grants nothing on private repositories.
            assertThat(TestHttp.payload(json(http.get(URI.create(scopeUrl), basic(hub.dedicatedUsername(), earlyToken)))
                    .get("token").asText()).get("access").get(0).get("actions")).isEmpty();

            hub.acceptInvite();
            assertThatThrownBy(hub::acceptInvite).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no pending invite");

            String token = hub.createToken(PracticeHub.Scope.READ);
            assertThat(token).isNotEqualTo(earlyToken);
            String registryToken = json(http.get(URI.create(scopeUrl), basic(hub.dedicatedUsername(), token)))
                    .get("token").asText();
            assertThat(http.send("HEAD", hub.registryUrl().resolve("/v2/acme-corp/web/manifests/latest"),
                    bearer(registryToken), null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void cancelledInviteCannotBeAccepted() {
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).start()) {
            String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
            String id = json(http.get(hub.hubUrl().resolve("/v2/orgs/acme-corp/invites"), oat)).get("data").get(0)
                    .get("id").asText();
            http.send("DELETE", hub.hubUrl().resolve("/v2/invites/" + id), oat, null);
            assertThatThrownBy(hub::acceptInvite).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void scopesIncludeLowerOnes() {
        assertThat(PracticeHub.Scope.ADMIN.includes(PracticeHub.Scope.WRITE)).isTrue();
        assertThat(PracticeHub.Scope.READ.includes(PracticeHub.Scope.PUBLIC_READ)).isTrue();
        assertThat(PracticeHub.Scope.READ.includes(PracticeHub.Scope.WRITE)).isFalse();
        assertThat(PracticeHub.Scope.of("repo:read")).isEqualTo(PracticeHub.Scope.READ);
        assertThat(PracticeHub.Scope.PUBLIC_READ.value()).isEqualTo("repo:public_read");
    }

    @Test
    void builderRejectsNonsense() {
        assertThatThrownBy(() -> PracticeHub.builder().privateRepositories(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PracticeHub.builder().org("Not An Org")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customOrganizationName() {
        try (PracticeHub hub = PracticeHub.builder().org("globex").start()) {
            assertThat(json(http.get(hub.hubUrl().resolve("/v2/namespaces/globex/repositories"), null))
                    .get("count").asInt()).isEqualTo(2);
            assertThat(http.hubToken(hub, "globex", hub.organizationAccessToken())).isNotBlank();
        }
    }
}
