package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.sandbox.Behaviour.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.hubonboard.sandbox.TestHttp.basic;
import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The practice Hub's switchable Docker Hub behaviours and the registry's tag list. */
class BehaviourTest {
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

    private URI listing() {
        return hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories?page_size=100");
    }

    private HttpResponse<String> token(String auth, String... scopes) {
        StringBuilder q = new StringBuilder("?service=registry.docker.io");
        for (String scope : scopes) {
            q.append("&scope=").append(scope);
        }
        return http.get(URI.create(hub.authUrl() + q.toString()), auth);
    }

    @ParameterizedTest
    @EnumSource(value = Refusal.class, names = {"FORBIDDEN_WITH_PAT", "ISSUED_FROM_PAT", "PAT_NOT_ALLOWED"})
    void aListingRefusalAnswersLoginsFromPersonalTokensOnly(Refusal refusal) {
        hub.behaviour().refuseListing(refusal);
        String patJwt = bearer(http.hubToken(hub, hub.dedicatedUsername(), hub.createToken(PracticeHub.Scope.READ)));
        HttpResponse<String> refused = http.get(listing(), patJwt);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains(refusal.text());
        if (refusal == Refusal.ISSUED_FROM_PAT) {
            assertThat(json(refused).has("errinfo")).isTrue();
        }
        String oatJwt = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
        assertThat(http.get(listing(), oatJwt).statusCode()).isEqualTo(200);
        hub.behaviour().refuseListing(null);
        assertThat(http.get(listing(), patJwt).statusCode()).isEqualTo(200);
    }

    @Test
    void theOrganizationTokenTwinRefusesTheOrganizationToken() {
        hub.behaviour().refuseListing(Refusal.OAT_NOT_ALLOWED).refuseTags(Refusal.OAT_NOT_ALLOWED);
        String oatJwt = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
        assertThat(http.get(listing(), oatJwt).statusCode()).isEqualTo(403);
        assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories/web/tags"), oatJwt)
                .body()).contains("token issued from organization access token is not allowed");
    }

    @Test
    void theTagsRouteRefusalLeavesTheListingAlone() {
        hub.behaviour().refuseTags(Refusal.FORBIDDEN_WITH_PAT);
        String patJwt = bearer(http.hubToken(hub, hub.dedicatedUsername(), hub.createToken(PracticeHub.Scope.READ)));
        assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories/web/tags"), patJwt)
                .statusCode()).isEqualTo(403);
        assertThat(http.get(listing(), patJwt).statusCode()).isEqualTo(200);
    }

    @Test
    void publicReadPullOfAPrivateRepositoryIsEmptyActionsOrAWholeRefusal() {
        String auth = basic(hub.dedicatedUsername(), hub.createToken(PracticeHub.Scope.PUBLIC_READ));
        HttpResponse<String> quiet = token(auth, "repository:acme-corp/web:pull", "repository:acme-corp/docs-site:pull");
        assertThat(quiet.statusCode()).isEqualTo(200);
        JsonNode access = TestHttp.payload(json(quiet).get("token").asText()).get("access");
        assertThat(access.get(0).get("actions")).isEmpty();
        assertThat(access.get(1).get("actions").get(0).asText()).isEqualTo("pull");

        hub.behaviour().wholeRequestInsufficientScopes(true);
        HttpResponse<String> whole = token(auth, "repository:acme-corp/web:pull", "repository:acme-corp/docs-site:pull");
        assertThat(whole.statusCode()).isEqualTo(401);
        assertThat(json(whole).get("details").asText()).isEqualTo("access token has insufficient scopes");
        assertThat(token(auth, "repository:acme-corp/docs-site:pull").statusCode()).as("public only").isEqualTo(200);
    }

    @Test
    void theRegistryListsTagsToAPullToken() {
        String auth = basic(hub.dedicatedUsername(), hub.createToken(PracticeHub.Scope.READ));
        String registryToken = json(token(auth, "repository:acme-corp/web:pull")).get("token").asText();
        HttpResponse<String> r = http.get(hub.registryUrl().resolve("/v2/acme-corp/web/tags/list?n=1"),
                bearer(registryToken));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("name").asText()).isEqualTo("acme-corp/web");
        assertThat(json(r).get("tags")).hasSize(1);
        assertThat(json(r).get("tags").get(0).asText()).isEqualTo("1.0");
        assertThat(r.headers().firstValue("Link")).hasValueSatisfying(l -> assertThat(l).contains("last=1.0"));
        assertThat(http.get(hub.registryUrl().resolve("/v2/acme-corp/worker/tags/list"), bearer(registryToken))
                .statusCode()).as("no pull on worker in this token").isEqualTo(401);
    }

    /** terraform-provider-docker#114: a repeated bulk invite sends another e-mail, unless 409 is switched on. */
    @Test
    void aRepeatedInviteSendsAnotherEmailOrAnswers409() {
        String oatJwt = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
        Map<String, Object> body = Map.of("org", hub.org(), "role", "editor", "invitees",
                List.of("contractor@acme.example"), "dry_run", false);
        assertThat(http.post(hub.hubUrl().resolve("/v2/invites/bulk"), oatJwt, body).statusCode()).isEqualTo(202);
        assertThat(http.post(hub.hubUrl().resolve("/v2/invites/bulk"), oatJwt, body).statusCode()).isEqualTo(202);
        assertThat(hub.invitationEmails("contractor@acme.example")).isEqualTo(2);
        hub.behaviour().inviteConflict(true);
        assertThat(http.post(hub.hubUrl().resolve("/v2/invites/bulk"), oatJwt, body).statusCode()).isEqualTo(409);
        assertThat(hub.invitationEmails("contractor@acme.example")).isEqualTo(2);
    }
}
