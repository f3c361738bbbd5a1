package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubInvitesTest extends HubServerTest {
    private static final String INVITE = "{\"id\":\"e36eca69-4cc8-4f17-9845-ae8c2b832691\",\"inviter_username\":\"moby\","
            + "\"invitee\":\"scanner@acme.example\",\"org\":\"acme\",\"team\":\"scanners\",\"role\":\"editor\","
            + "\"created_at\":\"2021-10-28T18:30:19.520861Z\"}";

    @Test
    void dryRunThenRealInvite() throws Exception {
        InviteRequest request = new InviteRequest("acme", null, "editor",
                List.of("scanner@acme.example", "someone-already-in", "not an id"), true);
        enqueue(202, "{\"invitees\":[{\"invitee\":\"scanner@acme.example\",\"status\":\"invited\"},"
                + "{\"invitee\":\"someone-already-in\",\"status\":\"existing_org_member\"},"
                + "{\"invitee\":\"not an id\",\"status\":\"invalid_email_or_docker_id\"}]}");
        enqueue(202, "{\"invitees\":[{\"invitee\":\"scanner@acme.example\",\"status\":\"invited\",\"invite\":" + INVITE
                + "},{\"invitee\":\"someone-already-in\",\"status\":\"existing_org_member\"},"
                + "{\"invitee\":\"not an id\",\"status\":\"seat_limit_reached\"}]}");

        InviteResult dry = client.invite(TOKEN, request);
        InviteResult real = client.invite(TOKEN, request.withDryRun(false));

        assertThat(dry.invitees()).extracting(InviteeStatus::status)
                .containsExactly("invited", "existing_org_member", "invalid_email_or_docker_id");
        assertThat(dry.invitees().get(0).invite()).isNull();
        assertThat(dry.invitees().get(1).isExistingMember()).isTrue();
        assertThat(dry.invitees().get(2).isInvalid()).isTrue();

        InviteeStatus invited = real.invitees().get(0);
        assertThat(invited.isInvited()).isTrue();
        assertThat(invited.invite().id()).isEqualTo("e36eca69-4cc8-4f17-9845-ae8c2b832691");
        assertThat(invited.invite().createdAt()).isEqualTo(Instant.parse("2021-10-28T18:30:19.520861Z"));
        assertThat(invited.invite().inviterUsername()).isEqualTo("moby");
        assertThat(real.invitees().get(2).status()).isEqualTo("seat_limit_reached"); // kept verbatim

        JsonNode first = jsonBody(takeAuthorized("POST", "/v2/invites/bulk"));
        assertThat(first.get("org").asText()).isEqualTo("acme");
        assertThat(first.has("team")).isFalse();
        assertThat(first.get("role").asText()).isEqualTo("editor");
        assertThat(first.get("invitees")).extracting(JsonNode::asText)
                .containsExactly("scanner@acme.example", "someone-already-in", "not an id");
        assertThat(first.get("dry_run").asBoolean()).isTrue();
        JsonNode second = jsonBody(takeAuthorized("POST", "/v2/invites/bulk"));
        assertThat(second.get("dry_run").isBoolean()).isTrue();
        assertThat(second.get("dry_run").asBoolean()).isFalse();
    }

    @Test
    void teamIsSentWhenGiven() throws Exception {
        enqueue(202, "{\"invitees\":[]}");

        client.invite(TOKEN, new InviteRequest("acme", "scanners", "editor", List.of("bob"), false));

        assertThat(jsonBody(take()).get("team").asText()).isEqualTo("scanners");
    }

    @Test
    void inviteServerErrorIsNotRetried() {
        enqueue(502, "Bad Gateway");
        enqueue(202, "{\"invitees\":[]}");

        assertThatThrownBy(() -> client.invite(TOKEN, new InviteRequest("acme", null, "editor", List.of("b"), false)))
                .isInstanceOf(dev.hubonboard.net.UnreachableException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void inviteWithPersonalTokenIsRefused() {
        enqueue(403, "{\"detail\":\"This action is forbidden with personal access token\"}");

        assertThatThrownBy(() -> client.invite(TOKEN, new InviteRequest("acme", null, "editor", List.of("b"), true)))
                .isInstanceOfSatisfying(PersonalTokenNotAllowedException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("organization access token").contains("password");
                });
    }

    @Test
    void tokenFromPersonalAccessTokenNotAllowedWording() {
        enqueue(403, "{\"message\":\"token issued from personal access token is not allowed\"}");

        assertThatThrownBy(() -> client.pendingInvites(TOKEN, "acme"))
                .isInstanceOf(PersonalTokenNotAllowedException.class);
    }

    @Test
    void validationErrorIsUnexpectedWithFieldsInTheDetail() {
        enqueue(400, "{\"fields\":{\"invitees\":[\"too many invitees\"]},\"text\":\"invalid request\"}");

        assertThatThrownBy(() -> client.invite(TOKEN, new InviteRequest("acme", null, "editor", List.of("b"), true)))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.detail()).contains("invalid request").contains("invitees: too many invitees");
                    assertThat(e.getMessage()).contains("HTTP 400");
                });
    }

    @Test
    void pendingInvitesAreRead() throws Exception {
        enqueue(200, "{\"data\":[" + INVITE + "]}");

        List<Invite> invites = client.pendingInvites(TOKEN, "acme");

        assertThat(invites).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("e36eca69-4cc8-4f17-9845-ae8c2b832691");
            assertThat(i.invitee()).isEqualTo("scanner@acme.example");
            assertThat(i.role()).isEqualTo("editor");
            assertThat(i.org()).isEqualTo("acme");
            assertThat(i.createdAt()).isEqualTo(Instant.parse("2021-10-28T18:30:19.520861Z"));
        });
        takeAuthorized("GET", "/v2/orgs/acme/invites");
    }

    @Test
    void resendIsAPatch() throws Exception {
        enqueueEmpty(204);

        client.resendInvite(TOKEN, "e36eca69");

        RecordedRequest r = takeAuthorized("PATCH", "/v2/invites/e36eca69/resend");
        assertThat(r.getBodySize()).isZero();
    }

    @Test
    void cancelIsADeleteAndNotRetried() throws Exception {
        enqueueEmpty(204);

        client.cancelInvite(TOKEN, "e36eca69");

        takeAuthorized("DELETE", "/v2/invites/e36eca69");

        enqueue(500, "{}");
        enqueueEmpty(204);
        assertThatThrownBy(() -> client.cancelInvite(TOKEN, "e36eca69"))
                .isInstanceOf(dev.hubonboard.net.UnreachableException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void cancellingAnUnknownInviteIsNotFound() {
        enqueue(404, "{\"detail\":\"invite not found\"}");

        assertThatThrownBy(() -> client.cancelInvite(TOKEN, "gone")).isInstanceOf(NotFoundException.class);
    }
}
