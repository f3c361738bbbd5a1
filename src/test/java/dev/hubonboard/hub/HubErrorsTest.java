package dev.hubonboard.hub;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Odd answers: none may crash the error parsing, each becomes a typed error. */
class HubErrorsTest extends HubServerTest {

    @Test
    void malformedJsonIsUnexpected() {
        enqueue(200, "{\"orgname\": \"acme\",");

        assertThatThrownBy(() -> client.organization(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.getMessage()).contains("could not be read").contains("not valid JSON");
                });
    }

    @Test
    void wrongShapeIsUnexpected() {
        enqueue(200, "[1,2,3]");
        enqueue(200, "{\"count\":1,\"results\":\"nope\"}");
        enqueue(200, "\"just a string\"");

        assertThatThrownBy(() -> client.organization(TOKEN, "acme")).isInstanceOf(UnexpectedResponseException.class);
        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.getMessage()).contains("not a list"));
        assertThatThrownBy(() -> client.pendingInvites(TOKEN, "acme")).isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void emptySuccessBodyIsUnexpected() {
        enqueueEmpty(200);

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.getMessage()).contains("empty body"));
    }

    @Test
    void otherClientErrorIsUnexpected() {
        enqueue(422, "{\"detail\":\"invitees: not valid\"}");

        assertThatThrownBy(() -> client.invite(TOKEN,
                new InviteRequest("acme", null, "editor", java.util.List.of("bob"), false)))
                .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.detail()).isEqualTo("invitees: not valid");
                    assertThat(e.getMessage()).contains("HTTP 422").contains("invitees: not valid");
                });
    }

    /** The spec lists 409 for bulk invites: the invitee is already invited, and no second e-mail went out. */
    @Test
    void conflictOnInviteSaysAlreadyInvited() {
        enqueue(409, "{\"detail\":\"invite already exists\"}");

        assertThatThrownBy(() -> client.invite(TOKEN,
                new InviteRequest("acme", null, "editor", java.util.List.of("bob"), false)))
                .isInstanceOfSatisfying(dev.hubonboard.hub.AlreadyInvitedException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.detail()).isEqualTo("invite already exists");
                    assertThat(e.getMessage()).contains("bob is already invited to acme")
                            .contains("invite already exists");
                });
    }

    @Test
    void htmlErrorPageGivesItsTitle() {
        enqueue(403, "<!DOCTYPE html><html><head><title>Access denied | hub.docker.com</title></head>"
                + "<body><script>var x=1;</script><h1>Blocked</h1></body></html>");

        assertThatThrownBy(() -> client.organization(TOKEN, "acme"))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.detail()).isEqualTo("Access denied | hub.docker.com"));
    }

    @Test
    void plainTextAndGarbageBodiesAreSurvived() {
        enqueue(404, "page not found\n");
        server.enqueue(new MockResponse.Builder().code(418).body("{not json at all").build());
        enqueueEmpty(403);

        assertThatThrownBy(() -> client.organization(TOKEN, "acme"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.detail()).isEqualTo("page not found"));
        assertThatThrownBy(() -> client.organization(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.detail()).isEqualTo("{not json at all"));
        assertThatThrownBy(() -> client.organization(TOKEN, "acme"))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.detail()).isEmpty());
    }

    @Test
    void redirectIsNotFollowed() {
        server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "https://elsewhere.example/v2/")
                .build());

        assertThatThrownBy(() -> client.organization(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.getMessage()).contains("redirected").contains("elsewhere.example"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void errorBodyParsingNeverThrows() {
        for (String body : new String[] {null, "", "{", "[]", "{\"detail\":{\"nested\":true}}", "{\"fields\":[1]}",
                "{\"errors\":\"x\"}", "<html", "\u0000\u0001"}) {
            ErrorBody parsed = ErrorBody.parse(body);
            assertThat(parsed.detail()).isNotNull();
            assertThat(parsed.searchable()).isNotNull();
        }
        // The detail is kept whole (issue 20: masked first, then shortened where a message quotes it, see
        // ServerWordsTest); what reaches people is shortened.
        assertThat(ErrorBody.parse("x".repeat(5000)).detail()).hasSize(5000);
        assertThat(Secrets.NONE.forPeople(ErrorBody.parse("x".repeat(5000)).detail(), ErrorBody.MAX_DETAIL))
                .hasSizeLessThanOrEqualTo(300);
        assertThat(ErrorBody.parse("{\"errors\":[{\"code\":\"DENIED\",\"message\":\"requested access denied\"}]}")
                .detail()).isEqualTo("requested access denied");
    }

    @Test
    void looseTimestampsDoNotBreakAListing() {
        assertThat(LenientInstant.parse("2021-10-28T18:30:19.520861Z")).isNotNull();
        assertThat(LenientInstant.parse("2021-10-28T18:30:19.520861")).isEqualTo("2021-10-28T18:30:19.520861Z");
        assertThat(LenientInstant.parse("2021-10-28T18:30:19+02:00")).isEqualTo("2021-10-28T16:30:19Z");
        assertThat(LenientInstant.parse("")).isNull();
        assertThat(LenientInstant.parse("yesterday")).isNull();
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> new HubClient(transport, okhttp3.HttpUrl.get("http://hub.example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        new HubClient(transport, okhttp3.HttpUrl.get("http://127.0.0.1:8080"));
        new HubClient(transport);
    }

    @Test
    void aBaseUrlWithAPathPrefixKeepsIt() throws Exception {
        HubClient prefixed = new HubClient(transport, server.url("/hub/"));
        enqueue(200, "{\"orgname\":\"acme\"}");

        prefixed.organization(TOKEN, "acme");

        assertThat(take().getUrl().encodedPath()).isEqualTo("/hub/v2/orgs/acme");
    }
}
