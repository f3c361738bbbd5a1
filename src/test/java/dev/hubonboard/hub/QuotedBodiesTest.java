package dev.hubonboard.hub;

import dev.hubonboard.hub.PersonalTokenNotAllowedException.IssuedFrom;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's classification of Docker Hub answers quoted from public sources (src/test/resources/dev/hubonboard/
 * bodies, each file's source in SOURCES.md), not of bodies the practice Hub writes.
 */
class QuotedBodiesTest extends HubServerTest {

    static String body(String file) {
        try (InputStream in = QuotedBodiesTest.class.getResourceAsStream("/dev/hubonboard/bodies/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "hub-pat-forbidden-2020.json, PERSONAL_ACCESS_TOKEN",
            "hub-pat-forbidden-2021.json, PERSONAL_ACCESS_TOKEN",
            "hub-pat-issued-2025.json, PERSONAL_ACCESS_TOKEN",
            "hub-pat-not-allowed-2025.txt, PERSONAL_ACCESS_TOKEN",
            "hub-oat-not-allowed.txt, ORGANIZATION_ACCESS_TOKEN"})
    void everyRefusalWordingOnTheListingIsOneTypedError(String file, IssuedFrom from) {
        enqueue(403, body(file));

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(PersonalTokenNotAllowedException.class, e -> {
                    assertThat(e.issuedFrom()).isEqualTo(from);
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.getMessage()).contains(from == IssuedFrom.PERSONAL_ACCESS_TOKEN
                            ? "a personal access token" : "an organization access token");
                });
    }

    @ParameterizedTest
    @CsvSource({"hub-pat-forbidden-2021.json", "hub-pat-issued-2025.json"})
    void theTagsRouteRefusalIsTheSameTypedError(String file) {
        enqueue(403, body(file));

        assertThatThrownBy(() -> client.tags(TOKEN, "acme", "web", 1))
                .isInstanceOf(PersonalTokenNotAllowedException.class);
    }

    @Test
    void aRefusalWordedAs401OnAnAuthenticatedRouteIsStillARefusal() {
        enqueue(401, body("hub-pat-issued-2025.json"));

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOf(PersonalTokenNotAllowedException.class);
    }

    @Test
    void anOrdinaryForbiddenIsNotATokenRefusal() {
        enqueue(403, "{\"detail\":\"You do not have permission to perform this action.\"}");

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme")).isInstanceOf(ForbiddenException.class);
    }

    /** The spec's own 2FA answer, given to POST /v2/auth/token: the secret was the account's password. */
    @Test
    void aSecondFactorChallengeOnTheTokenRouteMeansThePassword() {
        String quoted = body("hub-login-2fa.json");
        enqueue(401, quoted);

        assertThatThrownBy(() -> client.createAccessToken("alice", "the-account-password"))
                .isInstanceOfSatisfying(PasswordNotTokenException.class, e -> {
                    assertThat(e.getMessage()).contains("the account's password").contains("personal access token");
                    assertThat(e.getMessage() + e.detail()).doesNotContain("eyJhbGci");
                });
    }

    /** The same answer on the deprecated password login asks for the code, as before. */
    @Test
    void theSameChallengeOnThePasswordLoginAsksForTheCode() {
        enqueue(401, body("hub-login-2fa.json"));

        assertThatThrownBy(() -> client.loginWithPassword("alice", "the-account-password"))
                .isInstanceOf(SecondFactorRequiredException.class);
    }

    /** hub-facts: GET /v2/orgs/{name} for a user may redirect to /v2/users/... */
    @Test
    void aRedirectToTheUsersRouteIsAPersonalNamespace() {
        server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/v2/users/alice/").build());

        assertThatThrownBy(() -> client.organization(TOKEN, "alice"))
                .isInstanceOfSatisfying(NotAnOrganizationException.class, e -> {
                    assertThat(e.getMessage()).startsWith("alice is a personal namespace, not an organization");
                    assertThat(e.name()).isEqualTo("alice");
                });
    }

    @Test
    void aUserTypedAnswerIsAPersonalNamespaceToo() {
        enqueue(200, "{\"orgname\":\"alice\",\"type\":\"User\"}");

        assertThatThrownBy(() -> client.organization(TOKEN, "alice")).isInstanceOf(NotAnOrganizationException.class);
    }

    @Test
    void aRedirectElsewhereIsStillUnexpected() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://login.example/").build());

        assertThatThrownBy(() -> client.organization(TOKEN, "acme")).isInstanceOf(UnexpectedResponseException.class);
    }

    @Test
    void resendRefusedPointsToTheMembersPageOrThePassword() {
        enqueue(403, "{\"detail\":\"forbidden\"}");

        assertThatThrownBy(() -> client.resendInvite(TOKEN, "inv-1"))
                .isInstanceOfSatisfying(ResendRefusedException.class, e -> assertThat(e.getMessage())
                        .contains("Members page").contains("owner's password"));
    }

    @Test
    void anInviteWithoutInviteeIsRead() throws Exception {
        enqueue(200, "{\"data\":[{\"id\":\"inv-1\",\"role\":\"editor\",\"created_at\":\"2026-01-01T00:00:00Z\"}]}");

        var invites = client.pendingInvites(TOKEN, "acme");
        assertThat(invites).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("inv-1");
            assertThat(i.invitee()).isNull();
        });
    }
}
