package dev.hubonboard.onboarding.owner;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.InviteeStatus;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeHub;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner's side of the onboarding, against the practice Hub. */
class OwnerActionsTest {
    private final PracticeHub hub = PracticeHub.start();
    private final OwnerActions owner = new OwnerActions(new HubClient(HttpTransport.standard(),
            HttpUrl.get(hub.hubUrl().toString())));

    @AfterEach
    void stop() {
        hub.close();
    }

    private AccessToken oat() throws Exception {
        return ((OwnerSignIn.SignedIn) owner.signIn(OwnerMode.ORGANIZATION_ACCESS_TOKEN, hub.org(), null,
                hub.organizationAccessToken())).session();
    }

    @Test
    void passwordSignInAsksForTheSecondFactorThenSucceeds() throws Exception {
        OwnerSignIn first = owner.signIn(OwnerMode.PASSWORD, hub.org(), hub.ownerUsername(), hub.ownerPassword());
        assertThat(first).isInstanceOf(OwnerSignIn.NeedsSecondFactor.class);
        var signed = owner.secondFactor(((OwnerSignIn.NeedsSecondFactor) first).challenge(), hub.ownerSecondFactorCode());
        assertThat(owner.checkPrerequisites(signed.session(), hub.org(), Invitee.byEmail(hub.dedicatedEmail())))
                .extracting(Finding::result).containsOnly(Finding.Result.OK);
    }

    @Test
    void prerequisitesFindTheOrganizationTheRightsAndANewInvitee() throws Exception {
        List<Finding> findings = owner.checkPrerequisites(oat(), hub.org(), Invitee.byEmail("new.person@acme.example"));
        assertThat(findings).extracting(Finding::what).containsExactly("Organization", "Member management", "Dedicated user");
        assertThat(findings).extracting(Finding::result).containsOnly(Finding.Result.OK);
        assertThat(findings.get(2).detail()).contains("invites it as Editor");
    }

    @Test
    void anUnknownOrganizationIsAProblem() throws Exception {
        List<Finding> findings = owner.checkPrerequisites(oat(), "nosuchorg", Invitee.byEmail(hub.dedicatedEmail()));
        assertThat(findings).hasSize(1);
        assertThat(findings.getFirst().result()).isEqualTo(Finding.Result.PROBLEM);
    }

    @Test
    void theOwnersPersonalTokenCannotManageMembers() throws Exception {
        AccessToken pat = new HubClient(HttpTransport.standard(), HttpUrl.get(hub.hubUrl().toString()))
                .createAccessToken(hub.ownerUsername(), hub.createOwnerToken(PracticeHub.Scope.ADMIN));
        List<Finding> findings = owner.checkPrerequisites(pat, hub.org(), Invitee.byEmail(hub.dedicatedEmail()));
        assertThat(findings.getLast().result()).isEqualTo(Finding.Result.PROBLEM);
        assertThat(findings.getLast().detail()).contains("personal access token");
    }

    @Test
    void inviteDryRunThenRealThenAcceptance() throws Exception {
        AccessToken oat = oat();
        Invitee invitee = Invitee.byEmail("new.person@acme.example");
        InviteeStatus dry = owner.invite(oat, hub.org(), invitee, true);
        assertThat(dry.status()).isEqualTo("invited");
        assertThat(owner.acceptance(oat, hub.org(), invitee, null).state()).isEqualTo(Acceptance.State.GONE);
        InviteeStatus real = owner.invite(oat, hub.org(), invitee, false);
        assertThat(real.invite()).isNotNull();
        assertThat(owner.acceptance(oat, hub.org(), invitee, real.invite().id()).state()).isEqualTo(Acceptance.State.PENDING);
        owner.resend(oat, real.invite().id());
        owner.cancel(oat, real.invite().id());
        assertThat(owner.acceptance(oat, hub.org(), invitee, real.invite().id()).state()).isEqualTo(Acceptance.State.GONE);
    }

    @Test
    void theDedicatedUserAcceptingShowsAsEditor() throws Exception {
        AccessToken oat = oat();
        Invitee invitee = Invitee.byEmail(hub.dedicatedEmail());
        assertThat(owner.acceptance(oat, hub.org(), invitee, null).state()).isEqualTo(Acceptance.State.PENDING);
        hub.verifyEmail();
        hub.acceptInvite();
        Acceptance a = owner.acceptance(oat, hub.org(), invitee, null);
        assertThat(a.state()).isEqualTo(Acceptance.State.ACCEPTED);
        assertThat(a.username()).isEqualTo(hub.dedicatedUsername());
        assertThat(a.isEditorOrAbove()).isTrue();
        Finding member = owner.checkPrerequisites(oat, hub.org(), invitee).getLast();
        assertThat(member.detail()).contains("already a member");
        assertThat(member.kind()).as("a type, not words to search for").isEqualTo(Finding.Kind.EXISTING_MEMBER);
    }

    @Test
    void pollScheduleBacksOffToFiveMinutesAndResets() {
        PollSchedule s = new PollSchedule();
        assertThat(s.next()).hasSeconds(10);
        assertThat(s.next()).hasSeconds(20);
        for (int i = 0; i < 10; i++) {
            s.next();
        }
        assertThat(s.next()).hasMinutes(5);
        s.reset();
        assertThat(s.next()).hasSeconds(10);
    }
}
