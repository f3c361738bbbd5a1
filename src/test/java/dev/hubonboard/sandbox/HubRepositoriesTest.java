package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class HubRepositoriesTest {

    private final TestHttp http = new TestHttp();

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("results").forEach(r -> names.add(r.get("name").asText()));
        return names;
    }

    @Test
    void anonymousAndNonMembersSeeOnlyPublicRepositories() {
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).start()) {
            URI list = hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories?page_size=100");
            JsonNode anonymous = json(http.get(list, null));
            assertThat(names(anonymous)).containsExactly("docs-site", "base-image");

            String pendingInvitee = bearer(http.hubToken(hub, hub.dedicatedUsername(),
                    hub.createToken(PracticeHub.Scope.ADMIN)));
            assertThat(names(json(http.get(list, pendingInvitee)))).containsExactly("docs-site", "base-image");
            assertThat(http.get(list, "Bearer garbage").statusCode()).isEqualTo(401);
        }
    }

    /** "Public Repo Read-only": "View, search, and pull images from public repositories" (access-token reference). */
    @Test
    void aPublicReadTokenSeesPublicRepositoriesOnlyEvenForAMember() {
        try (PracticeHub hub = PracticeHub.builder().inviteAccepted(true).start()) {
            String publicRead = bearer(http.hubToken(hub, hub.dedicatedUsername(),
                    hub.createToken(PracticeHub.Scope.PUBLIC_READ)));
            HttpResponse<String> r = http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories"), publicRead);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(names(json(r))).containsExactly("docs-site", "base-image");
        }
    }

    @Test
    void membersWithAReadOnlyTokenSeePrivateRepositories() {
        try (PracticeHub hub = PracticeHub.builder().inviteAccepted(true).start()) {
            String read = bearer(http.hubToken(hub, hub.dedicatedUsername(),
                    hub.createToken(PracticeHub.Scope.READ)));
            HttpResponse<String> r = http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories"), read);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = json(r);
            assertThat(body.get("count").asInt()).isEqualTo(5);
            assertThat(names(body)).containsExactly("billing-api", "web", "worker", "docs-site", "base-image");
            JsonNode first = body.get("results").get(0);
            assertThat(first.get("namespace").asText()).isEqualTo("acme-corp");
            assertThat(first.get("is_private").asBoolean()).isTrue();
            assertThat(first.get("last_updated").asText()).isNotBlank();

            String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
            assertThat(json(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories"), oat))
                    .get("count").asInt()).isEqualTo(5);
        }
    }

    @Test
    void pagesCarryAbsoluteNextAnd404PastTheEnd() {
        try (PracticeHub hub = PracticeHub.builder().inviteAccepted(true).start()) {
            String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
            JsonNode page1 = json(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories?page=1&page_size=2"), oat));
            assertThat(page1.get("count").asInt()).isEqualTo(5);
            assertThat(page1.get("previous").isNull()).isTrue();
            String next = page1.get("next").asText();
            assertThat(next).isEqualTo(hub.hubUrl() + "/v2/namespaces/acme-corp/repositories?page=2&page_size=2");
            JsonNode page3 = json(http.get(URI.create(
                    hub.hubUrl() + "/v2/namespaces/acme-corp/repositories?page=3&page_size=2"), oat));
            assertThat(page3.get("next").isNull()).isTrue();
            assertThat(page3.get("previous").asText()).endsWith("page=2&page_size=2");
            assertThat(names(page3)).containsExactly("base-image");
            HttpResponse<String> past = http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories?page=4&page_size=2"), oat);
            assertThat(past.statusCode()).isEqualTo(404);
            assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories?page_size=101"), oat)
                    .statusCode()).isEqualTo(400);
            assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories?page=0"), oat)
                    .statusCode()).isEqualTo(400);
            assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/other/repositories"), oat).statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void fiveThousandPrivateRepositoriesPageCorrectlyByFollowingNext() {
        try (PracticeHub hub = PracticeHub.builder().privateRepositories(5000).inviteAccepted(true)
                .latency(Duration.ofMillis(2)).start()) {
            String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
            List<String> seen = new ArrayList<>();
            String next = hub.hubUrl() + "/v2/namespaces/acme-corp/repositories?page_size=100";
            int pages = 0;
            while (next != null) {
                JsonNode page = json(http.get(URI.create(next), oat));
                assertThat(page.get("count").asInt()).isEqualTo(5002);
                page.get("results").forEach(r -> {
                    if (r.get("is_private").asBoolean()) {
                        seen.add(r.get("name").asText());
                    }
                });
                next = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            }
            assertThat(pages).isEqualTo(51);
            assertThat(seen).hasSize(5000).startsWith("svc-0001").endsWith("svc-5000");
            assertThat(new HashSet<>(seen)).hasSize(5000);
            assertThat(hub.requests().count(Target.HUB)).isEqualTo(52); // 51 pages + the login
        }
    }

    @Test
    void zeroPrivateRepositories() {
        try (PracticeHub hub = PracticeHub.builder().privateRepositories(0).inviteAccepted(true).start()) {
            String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
            JsonNode body = json(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories"), oat));
            assertThat(names(body)).containsExactly("docs-site", "base-image");
        }
        try (PracticeHub hub = PracticeHub.builder().privateRepositories(0).publicRepositories(0).start()) {
            JsonNode body = json(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories"), null));
            assertThat(body.get("count").asInt()).isZero();
            assertThat(body.get("results")).isEmpty();
        }
    }

    @Test
    void tagsOfVisibleRepositories() {
        try (PracticeHub hub = PracticeHub.builder().inviteAccepted(true).start()) {
            String oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
            HttpResponse<String> r = http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories/web/tags?page_size=10"), oat);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = json(r);
            assertThat(body.get("count").asInt()).isEqualTo(2);
            assertThat(names(body)).containsExactly("latest", "1.0");
            assertThat(body.get("results").get(0).get("last_updated").asText()).isNotBlank();
            assertThat(body.get("results").get(0).get("digest").asText()).startsWith("sha256:");

            // A private repository does not exist for someone who cannot see it.
            assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories/web/tags"), null)
                    .statusCode()).isEqualTo(404);
            assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories/docs-site/tags"), null)
                    .statusCode()).isEqualTo(200);
            assertThat(http.get(hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories/nope/tags"), oat)
                    .statusCode()).isEqualTo(404);
        }
    }
}
