package dev.hubonboard.hub;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubOrganizationsTest extends HubServerTest {

    private static String member(String username, String role) {
        return "{\"id\":\"0ab70deb065a43fcacd55d48caa945d8\",\"company\":\"Docker Inc\","
                + "\"date_joined\":\"2021-01-05T21:06:53.506400Z\",\"full_name\":\"Jon Snow\",\"type\":\"User\","
                + "\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\",\"role\":\"" + role
                + "\",\"groups\":[\"developers\",\"owners\"],\"is_guest\":false,"
                + "\"last_logged_in_at\":\"2021-01-05T21:06:53.506400Z\",\"brand_new_field\":{\"x\":1}}";
    }

    private String page(String next, String... members) {
        return "{\"count\":120,\"previous\":null,\"next\":" + (next == null ? "null" : "\"" + next + "\"")
                + ",\"results\":[" + String.join(",", members) + "]}";
    }

    @Test
    void organizationIsRead() throws Exception {
        enqueue(200, "{\"id\":\"abc123\",\"orgname\":\"acme\",\"full_name\":\"Acme Corp\",\"location\":\"Berlin\","
                + "\"company\":\"Acme\",\"gravatar_email\":\"\",\"gravatar_url\":\"\",\"profile_url\":\"\","
                + "\"date_joined\":\"2020-03-01T10:00:00Z\",\"type\":\"Org\",\"badge\":\"verified_publisher\"}");

        Organization org = client.organization(TOKEN, "acme");

        assertThat(org.orgname()).isEqualTo("acme");
        assertThat(org.fullName()).isEqualTo("Acme Corp");
        assertThat(org.company()).isEqualTo("Acme");
        assertThat(org.type()).isEqualTo("Org");
        assertThat(org.dateJoined()).isEqualTo(Instant.parse("2020-03-01T10:00:00Z"));
        takeAuthorized("GET", "/v2/orgs/acme");
    }

    @Test
    void pathSegmentsAreEncoded() throws Exception {
        enqueue(200, "{\"orgname\":\"x\"}");

        client.organization(TOKEN, "a/b?c");

        assertThat(take().getUrl().encodedPath()).isEqualTo("/v2/orgs/a%2Fb%3Fc");
    }

    @Test
    void membersSendTheQueryAndCompareRolesWithoutCase() throws Exception {
        enqueue(200, page(null, member("alice", "Editor"), member("bob", "Owner"), member("carol", "Auditor")));

        List<Member> members = client.members(TOKEN, "acme", new MemberQuery("ali", "member", "editor"));

        assertThat(members).extracting(Member::username).containsExactly("alice", "bob", "carol");
        assertThat(members.get(0).isEditor()).isTrue();
        assertThat(members.get(0).email()).isEqualTo("alice@example.com");
        assertThat(members.get(0).groups()).containsExactly("developers", "owners");
        assertThat(members.get(1).isEditor()).isFalse();
        assertThat(members.get(1).isOwner()).isTrue();
        assertThat(members.get(2).role()).isEqualTo("Auditor"); // unknown roles are kept
        RecordedRequest r = takeAuthorized("GET", "/v2/orgs/acme/members");
        assertThat(r.getUrl().queryParameter("search")).isEqualTo("ali");
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("member");
        assertThat(r.getUrl().queryParameter("role")).isEqualTo("editor");
        assertThat(r.getUrl().queryParameter("page")).isEqualTo("1");
        assertThat(r.getUrl().queryParameter("page_size")).isEqualTo("100");
    }

    @Test
    void allMembersSendNoFilters() throws Exception {
        enqueue(200, page(null));

        assertThat(client.members(TOKEN, "acme", MemberQuery.all())).isEmpty();

        RecordedRequest r = take();
        assertThat(r.getUrl().queryParameterNames()).containsExactlyInAnyOrder("page", "page_size");
    }

    @Test
    void membersAsABareListAreAccepted() throws Exception {
        enqueue(200, "[" + member("alice", "editor") + "]");

        assertThat(client.members(TOKEN, "acme", null)).singleElement()
                .satisfies(m -> assertThat(m.isEditor()).isTrue());
    }

    @Test
    void membersAsAListOfPagesAreAccepted() throws Exception {
        // The shape Docker's spec describes (an array of paginated objects).
        enqueue(200, "[" + page(null, member("alice", "Editor")) + "]");

        assertThat(client.members(TOKEN, "acme", null)).extracting(Member::username).containsExactly("alice");
    }

    @Test
    void membersFollowAbsoluteNextOverThreePages() throws Exception {
        enqueue(200, page(url("/v2/orgs/acme/members?page=2&page_size=100"), member("a", "Editor")));
        enqueue(200, page(url("/v2/orgs/acme/members?page=3&page_size=100"), member("b", "Member")));
        enqueue(200, page(null, member("c", "Owner")));

        List<Member> members = client.members(TOKEN, "acme", MemberQuery.all());

        assertThat(members).extracting(Member::username).containsExactly("a", "b", "c");
        assertThat(takeAuthorized("GET", "/v2/orgs/acme/members").getUrl().queryParameter("page")).isEqualTo("1");
        assertThat(takeAuthorized("GET", "/v2/orgs/acme/members").getUrl().queryParameter("page")).isEqualTo("2");
        assertThat(takeAuthorized("GET", "/v2/orgs/acme/members").getUrl().queryParameter("page")).isEqualTo("3");
    }

    @Test
    void notFoundOnTheFirstPageIsNotFound() {
        enqueue(404, "{\"detail\":\"Not Found\",\"message\":\"organization not found\"}");

        assertThatThrownBy(() -> client.members(TOKEN, "nope", null))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.detail()).contains("Not Found").contains("organization not found");
                    assertThat(e.getMessage()).contains("nope").contains("typos");
                });
    }

    @Test
    void forbiddenForNonOwners() {
        enqueue(403, "{\"errinfo\":{\"org\":\"acme\"},\"detail\":\"user is not an owner\",\"message\":\"forbidden\"}");

        assertThatThrownBy(() -> client.members(TOKEN, "acme", null))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.detail()).contains("user is not an owner");
                    assertThat(e.getMessage()).contains("owner");
                });
    }

    @Test
    void expiredSessionOnANormalCall() {
        enqueue(401, "{\"detail\":\"Authentication credentials were not provided.\"}");
        enqueue(200, page(null));

        assertThatThrownBy(() -> client.members(TOKEN, "acme", null))
                .isInstanceOfSatisfying(SessionExpiredException.class,
                        e -> assertThat(e.getMessage()).contains("Log in again"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void expiredBearerTokenOnANormalCall() {
        enqueue(401, "{\"detail\":\"token is expired\"}");

        assertThatThrownBy(() -> client.organization(TOKEN, "acme"))
                .isInstanceOfSatisfying(TokenExpiredException.class,
                        e -> assertThat(e.getMessage()).contains("Log in again"));
    }
}
