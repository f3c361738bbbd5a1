package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.hubonboard.sandbox.TestHttp.bearer;
import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

class HubManagementTest {

    private PracticeHub hub;
    private final TestHttp http = new TestHttp();
    private String oat;

    @BeforeEach
    void start() {
        hub = PracticeHub.start();
        oat = bearer(http.hubToken(hub, hub.org(), hub.organizationAccessToken()));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private URI hub(String path) {
        return hub.hubUrl().resolve(path);
    }

    private HttpResponse<String> invite(String auth, List<String> invitees, boolean dryRun) {
        return http.post(hub("/v2/invites/bulk"), auth,
                Map.of("org", hub.org(), "role", "editor", "invitees", invitees, "dry_run", dryRun));
    }

    /** Docker Hub answers GET /v2/orgs/{org} to anyone (hub-facts): it says nothing about membership. */
    @Test
    void organizationInfoIsPublicAndSaysNothingAboutMembership() {
        String pat = hub.createOwnerToken(PracticeHub.Scope.READ);
        String patJwt = bearer(http.hubToken(hub, hub.ownerUsername(), pat));
        HttpResponse<String> r = http.get(hub("/v2/orgs/acme-corp"), patJwt);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("orgname").asText()).isEqualTo("acme-corp");
        assertThat(http.get(hub("/v2/orgs/acme-corp"), null).statusCode()).as("anonymous").isEqualTo(200);
        hub.verifyEmail();
        String outsider = bearer(http.hubToken(hub, hub.dedicatedUsername(),
                hub.createToken(PracticeHub.Scope.READ)));
        assertThat(http.get(hub("/v2/orgs/acme-corp"), outsider).statusCode()).as("invite pending").isEqualTo(200);
        assertThat(http.get(hub("/v2/orgs/acme-corp"), "Bearer not.a.jwt").statusCode()).isEqualTo(401);
        assertThat(http.get(hub("/v2/orgs/other-org"), patJwt).statusCode()).isEqualTo(404);
    }

    @Test
    void aUserNameRedirectsToTheUsersRouteWhenSwitchedOn() {
        assertThat(http.get(hub("/v2/orgs/acmeowner"), null).statusCode()).isEqualTo(404);
        hub.behaviour().redirectUserNamespaces(true);
        HttpResponse<String> r = http.get(hub("/v2/orgs/acmeowner"), null);
        assertThat(r.statusCode()).isEqualTo(301);
        assertThat(r.headers().firstValue("Location")).hasValue("/v2/users/acmeowner/");
        assertThat(http.get(hub("/v2/orgs/nobody-here"), null).statusCode()).isEqualTo(404);
    }

    @Test
    void membersListTheOwnerCapitalisedAndTheInviteeOnRequest() {
        HttpResponse<String> r = http.get(hub("/v2/orgs/acme-corp/members?page=1&page_size=25"), oat);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("count").asInt()).isEqualTo(1);
        assertThat(body.get("next").isNull()).isTrue();
        assertThat(body.get("results").get(0).get("username").asText()).isEqualTo("acmeowner");
        assertThat(body.get("results").get(0).get("role").asText()).isEqualTo("Owner");

        JsonNode invitees = json(http.get(hub("/v2/orgs/acme-corp/members?type=invitee"), oat));
        assertThat(invitees.get("count").asInt()).isEqualTo(1);
        assertThat(invitees.get("results").get(0).get("email").asText()).isEqualTo("scanner@acme.example");

        assertThat(json(http.get(hub("/v2/orgs/acme-corp/members?type=all"), oat)).get("count").asInt()).isEqualTo(2);
        assertThat(json(http.get(hub("/v2/orgs/acme-corp/members?role=owner"), oat)).get("count").asInt()).isEqualTo(1);
        assertThat(json(http.get(hub("/v2/orgs/acme-corp/members?search=scanner"), oat)).get("count").asInt())
                .isZero();
        assertThat(http.get(hub("/v2/orgs/acme-corp/members?type=bogus"), oat).statusCode()).isEqualTo(400);
    }

    @Test
    void acceptedInviteLeavesPendingListAndShowsAsEditor() {
        hub.verifyEmail();
        hub.acceptInvite();
        JsonNode members = json(http.get(hub("/v2/orgs/acme-corp/members?search=acmescanner"), oat));
        assertThat(members.get("count").asInt()).isEqualTo(1);
        assertThat(members.get("results").get(0).get("role").asText()).isEqualTo("Editor");
        assertThat(json(http.get(hub("/v2/orgs/acme-corp/invites"), oat)).get("data")).isEmpty();
    }

    @Test
    void pendingInvitesListTheSeededEditorInvite() {
        HttpResponse<String> r = http.get(hub("/v2/orgs/acme-corp/invites"), oat);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode invite = json(r).get("data").get(0);
        assertThat(invite.get("invitee").asText()).isEqualTo("scanner@acme.example");
        assertThat(invite.get("role").asText()).isEqualTo("editor");
        assertThat(invite.get("org").asText()).isEqualTo("acme-corp");
        assertThat(invite.get("id").asText()).isNotBlank();
        assertThat(invite.get("created_at").asText()).isNotBlank();
    }

    @Test
    void bulkInviteReportsEachInviteeAndDryRunCreatesNothing() {
        List<String> invitees = List.of("acmeowner", "new.person@acme.example", "no such user!", "acmecontractor");
        HttpResponse<String> dry = invite(oat, invitees, true);
        assertThat(dry.statusCode()).isEqualTo(202);
        JsonNode results = json(dry).get("invitees");
        assertThat(results.get(0).get("status").asText()).isEqualTo("existing_org_member");
        assertThat(results.get(1).get("status").asText()).isEqualTo("invited");
        assertThat(results.get(1).has("invite")).isFalse();
        assertThat(results.get(2).get("status").asText()).isEqualTo("invalid_email_or_docker_id");
        assertThat(results.get(3).get("status").asText()).isEqualTo("invited");
        assertThat(json(http.get(hub("/v2/orgs/acme-corp/invites"), oat)).get("data")).hasSize(1);

        HttpResponse<String> real = invite(oat, invitees, false);
        assertThat(real.statusCode()).isEqualTo(202);
        JsonNode created = json(real).get("invitees").get(1).get("invite");
        assertThat(created.get("invitee").asText()).isEqualTo("new.person@acme.example");
        assertThat(created.get("role").asText()).isEqualTo("editor");
        assertThat(created.get("org").asText()).isEqualTo("acme-corp");
        assertThat(json(http.get(hub("/v2/orgs/acme-corp/invites"), oat)).get("data")).hasSize(3);

        // A rerun keeps one pending invite per invitee.
        invite(oat, List.of("new.person@acme.example"), false);
        assertThat(json(http.get(hub("/v2/orgs/acme-corp/invites"), oat)).get("data")).hasSize(3);
    }

    @Test
    void bulkInviteValidatesItsBody() {
        assertThat(http.post(hub("/v2/invites/bulk"), oat,
                Map.of("org", "acme-corp", "role", "admin", "invitees", List.of("x@y.example"))).statusCode())
                .isEqualTo(400);
        assertThat(http.post(hub("/v2/invites/bulk"), oat,
                Map.of("org", "acme-corp", "role", "editor", "invitees", List.of())).statusCode()).isEqualTo(400);
        assertThat(http.post(hub("/v2/invites/bulk"), oat,
                Map.of("org", "other-org", "role", "editor", "invitees", List.of("x@y.example"))).statusCode())
                .isEqualTo(404);
    }

    @Test
    void resendAndCancelAnInvite() {
        String id = json(http.get(hub("/v2/orgs/acme-corp/invites"), oat)).get("data").get(0).get("id").asText();
        assertThat(http.send("PATCH", hub("/v2/invites/" + id + "/resend"), oat, null).statusCode()).isEqualTo(204);
        assertThat(http.send("DELETE", hub("/v2/invites/" + id), oat, null).statusCode()).isEqualTo(204);
        assertThat(json(http.get(hub("/v2/orgs/acme-corp/invites"), oat)).get("data")).isEmpty();
        assertThat(http.send("DELETE", hub("/v2/invites/" + id), oat, null).statusCode()).isEqualTo(404);
        assertThat(http.send("PATCH", hub("/v2/invites/" + id + "/resend"), oat, null).statusCode()).isEqualTo(404);
    }

    @Test
    void ownerPasswordWith2faCanManage() {
        String owner = bearer(http.ownerToken(hub));
        assertThat(http.get(hub("/v2/orgs/acme-corp/members"), owner).statusCode()).isEqualTo(200);
        assertThat(invite(owner, List.of("acmecontractor"), false).statusCode()).isEqualTo(202);
    }

    @Test
    void managementRefusesJwtsFromPersonalTokensEvenTheOwners() {
        String ownerPat = bearer(http.hubToken(hub, hub.ownerUsername(), hub.createOwnerToken(PracticeHub.Scope.ADMIN)));
        for (HttpResponse<String> r : List.of(
                http.get(hub("/v2/orgs/acme-corp/members"), ownerPat),
                http.get(hub("/v2/orgs/acme-corp/invites"), ownerPat),
                invite(ownerPat, List.of("acmecontractor"), true),
                http.send("DELETE", hub("/v2/invites/whatever"), ownerPat, null))) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("detail").asText()).endsWith("forbidden with personal access token");
        }
    }

    @Test
    void nonOwnersAreForbiddenAndAnonymousIsUnauthorized() {
        String scanner = bearer(http.hubToken(hub, hub.dedicatedUsername(), hub.dedicatedPassword()));
        HttpResponse<String> forbidden = http.get(hub("/v2/orgs/acme-corp/members"), scanner);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).get("detail").asText()).doesNotContain("personal access token");

        assertThat(http.get(hub("/v2/orgs/acme-corp/members"), null).statusCode()).isEqualTo(401);
        assertThat(http.get(hub("/v2/orgs/acme-corp/invites"), null).statusCode()).isEqualTo(401);
        assertThat(invite(null, List.of("x@y.example"), true).statusCode()).isEqualTo(401);
        assertThat(http.send("PATCH", hub("/v2/invites/x/resend"), null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void unknownRoutesAre404() {
        assertThat(http.get(hub("/v2/nothing/here"), oat).statusCode()).isEqualTo(404);
        assertThat(http.get(hub("/"), null).statusCode()).isEqualTo(404);
    }
}
