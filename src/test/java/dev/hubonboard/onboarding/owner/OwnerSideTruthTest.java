package dev.hubonboard.onboarding.owner;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.AlreadyInvitedException;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.InviteeStatus;
import dev.hubonboard.hub.ResendRefusedException;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeHub;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11's owner side: the owner's repository list, invites that do not repeat, and refusals said in words. */
class OwnerSideTruthTest {
    private static final AccessToken OWNER = new AccessToken("owner-session-jwt");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private OwnerActions onMock() {
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 3,
                Duration.ofMillis(1), Duration.ofSeconds(1)), d -> { }, Clock.systemUTC());
        return new OwnerActions(new HubClient(transport, server.url("/")));
    }

    private void answer(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    private static OwnerActions on(PracticeHub hub) {
        return new OwnerActions(new HubClient(HttpTransport.standard(), HttpUrl.get(hub.hubUrl().toString())));
    }

    private static AccessToken oat(PracticeHub hub, OwnerActions owner) throws Exception {
        return ((OwnerSignIn.SignedIn) owner.signIn(OwnerMode.ORGANIZATION_ACCESS_TOKEN, hub.org(), null,
                hub.organizationAccessToken())).session();
    }

    @Test
    void theOwnersListIsThePrivateRepositoriesWithThePermissionHint() throws Exception {
        try (PracticeHub hub = PracticeHub.start()) {
            OwnerActions owner = on(hub);
            OwnerRepositories repos = owner.repositories(oat(hub, owner), OwnerMode.ORGANIZATION_ACCESS_TOKEN, hub.org());
            assertThat(repos.privateNames()).containsExactly("billing-api", "web", "worker");
            assertThat(repos.publicCount()).isEqualTo(2);
            assertThat(repos.summary()).isEqualTo("Defender will scan these 3 private repositories.");
            assertThat(repos.hint()).contains("acme-corp/*").contains("Image Pull");
        }
    }

    @Test
    void anOwnerListWithoutPrivateRepositoriesSaysDefenderHasNothingToScan() throws Exception {
        try (PracticeHub hub = PracticeHub.builder().privateRepositories(0).start()) {
            OwnerActions owner = on(hub);
            OwnerRepositories repos = owner.repositories(oat(hub, owner), OwnerMode.PASSWORD, hub.org());
            assertThat(repos.privateNames()).isEmpty();
            assertThat(repos.summary()).contains("no private repository");
            assertThat(repos.hint()).contains("scans private repositories only");
        }
    }

    /** Docker Hub e-mails again on a repeated invite (terraform-provider-docker#114): the pending one is reused. */
    @Test
    void aPendingInviteForTheSameInviteeIsReusedAndNoSecondEmailGoesOut() throws Exception {
        try (PracticeHub hub = PracticeHub.start()) { // the dedicated user's invite is pending
            OwnerActions owner = on(hub);
            AccessToken oat = oat(hub, owner);
            String pendingId = owner.pendingInviteFor(oat, hub.org(), Invitee.byEmail(hub.dedicatedEmail()))
                    .orElseThrow().id();
            InviteeStatus status = owner.invite(oat, hub.org(), Invitee.byEmail(hub.dedicatedEmail().toUpperCase()),
                    false);
            assertThat(status.isInvited()).isTrue();
            assertThat(status.invite().id()).isEqualTo(pendingId);
            assertThat(hub.invitationEmails(hub.dedicatedEmail())).isEqualTo(1);
            assertThat(hub.requests().entries(dev.hubonboard.sandbox.Target.HUB))
                    .noneMatch(l -> l.startsWith("POST /v2/invites/bulk"));
        }
    }

    @Test
    void aNewInviteeIsInvitedOnce() throws Exception {
        try (PracticeHub hub = PracticeHub.start()) {
            OwnerActions owner = on(hub);
            AccessToken oat = oat(hub, owner);
            assertThat(owner.invite(oat, hub.org(), Invitee.byEmail("new.person@acme.example"), false).isInvited())
                    .isTrue();
            assertThat(owner.invite(oat, hub.org(), Invitee.byEmail("new.person@acme.example"), false).isInvited())
                    .isTrue();
            assertThat(hub.invitationEmails("new.person@acme.example")).isEqualTo(1);
        }
    }

    @Test
    void a409IsAnsweredWithThePendingInvite() throws Exception {
        answer(200, "{\"data\":[]}");
        answer(409, "{\"detail\":\"already invited\"}");
        answer(200, "{\"data\":[{\"id\":\"inv-7\",\"invitee\":\"bob@acme.example\"}]}");

        InviteeStatus status = onMock().invite(OWNER, "acme", Invitee.byEmail("bob@acme.example"), false);
        assertThat(status.isInvited()).isTrue();
        assertThat(status.invite().id()).isEqualTo("inv-7");
    }

    @Test
    void a409WithoutAPendingInviteSaysAlreadyInvited() {
        answer(200, "{\"data\":[]}");
        answer(409, "{\"detail\":\"already invited\"}");
        answer(200, "{\"data\":[]}");

        assertThatThrownBy(() -> onMock().invite(OWNER, "acme", Invitee.byEmail("bob@acme.example"), false))
                .isInstanceOfSatisfying(AlreadyInvitedException.class,
                        e -> assertThat(e.getMessage()).contains("already invited"));
    }

    /** The practice Hub's switchable 409, reached when the pending list does not show the invite (another org's). */
    @Test
    void thePracticeHubAnswers409WhenSwitchedOn() throws Exception {
        try (PracticeHub hub = PracticeHub.start()) {
            hub.behaviour().inviteConflict(true);
            OwnerActions owner = on(hub);
            AccessToken oat = oat(hub, owner);
            var client = new HubClient(HttpTransport.standard(), HttpUrl.get(hub.hubUrl().toString()));
            assertThatThrownBy(() -> client.invite(oat, new dev.hubonboard.hub.InviteRequest(hub.org(), null,
                    "editor", List.of(hub.dedicatedEmail()), false))).isInstanceOf(AlreadyInvitedException.class);
            assertThat(hub.invitationEmails(hub.dedicatedEmail())).isEqualTo(1);
        }
    }

    @Test
    void anUnknownDryRunStatusIsKeptVerbatim() throws Exception {
        answer(202, "{\"invitees\":[{\"invitee\":\"bob@acme.example\",\"status\":\"pending_domain_verification\"}]}");

        InviteeStatus status = onMock().invite(OWNER, "acme", Invitee.byEmail("bob@acme.example"), true);
        assertThat(status.isKnown()).isFalse();
        assertThat(status.status()).isEqualTo("pending_domain_verification");
    }

    @Test
    void withOnlyAnEmailMembersAreListedByTypeAndComparedHere() throws Exception {
        answer(200, "{\"count\":2,\"next\":null,\"results\":[{\"username\":\"alice\",\"email\":\"a@acme.example\","
                + "\"role\":\"Owner\"},{\"username\":\"scanner\",\"email\":\"Scanner@Acme.example\",\"role\":\"Editor\"}]}");

        var found = onMock().findMember(OWNER, "acme", Invitee.byEmail("scanner@acme.example"));
        assertThat(found).hasValueSatisfying(m -> assertThat(m.username()).isEqualTo("scanner"));
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("member");
        assertThat(r.getUrl().queryParameter("search")).isNull();
    }

    @Test
    void withADockerIdTheMemberSearchIsNarrowed() throws Exception {
        answer(200, "{\"count\":0,\"next\":null,\"results\":[]}");

        assertThat(onMock().findMember(OWNER, "acme", Invitee.byDockerId("scanner"))).isEmpty();
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r.getUrl().queryParameter("type")).isEqualTo("member");
        assertThat(r.getUrl().queryParameter("search")).isEqualTo("scanner");
    }

    @Test
    void anInviteWithoutInviteeIsMatchedByIdOnly() throws Exception {
        answer(200, "{\"count\":0,\"next\":null,\"results\":[]}");
        answer(200, "{\"data\":[{\"id\":\"inv-1\",\"role\":\"editor\"}]}");
        answer(200, "{\"count\":0,\"next\":null,\"results\":[]}");
        answer(200, "{\"data\":[{\"id\":\"inv-1\",\"role\":\"editor\"}]}");

        Invitee who = Invitee.byEmail("bob@acme.example");
        assertThat(onMock().acceptance(OWNER, "acme", who, "inv-1")).isEqualTo(Acceptance.pending());
        assertThat(onMock().acceptance(OWNER, "acme", who, "inv-2")).isEqualTo(Acceptance.gone());
    }

    /** hub-feedback#2527: resend refused to an organization access token that may create invites. */
    @Test
    void aRefusedResendPointsToTheMembersPage() {
        answer(403, "{\"message\":\"token issued from organization access token is not allowed\"}");

        assertThatThrownBy(() -> onMock().resend(OWNER, "acme", "inv-1"))
                .isInstanceOfSatisfying(ResendRefusedException.class, e -> assertThat(e.getMessage())
                        .contains("https://hub.docker.com/orgs/acme/members").contains("owner's password"));
    }

    @Test
    void aPersonalNamespaceIsNotAnOrganization() throws Exception {
        try (PracticeHub hub = PracticeHub.start()) {
            hub.behaviour().redirectUserNamespaces(true);
            OwnerActions owner = on(hub);
            List<Finding> findings = owner.checkPrerequisites(oat(hub, owner), "acmeowner",
                    Invitee.byEmail(hub.dedicatedEmail()));
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.result()).isEqualTo(Finding.Result.PROBLEM);
                assertThat(f.detail()).startsWith("acmeowner is a personal namespace, not an organization");
            });
        }
    }
}
