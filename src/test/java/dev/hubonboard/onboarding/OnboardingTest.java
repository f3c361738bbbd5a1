package dev.hubonboard.onboarding;

import dev.hubonboard.onboarding.StepState.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.hubonboard.onboarding.Step.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnboardingTest {

    private final MutableClock clock = new MutableClock("2026-11-24T10:00:00Z");
    private final Onboarding o = Onboarding.begin("contoso", clock);

    private void prerequisitesDone(OwnerMode mode) {
        o.chooseOwnerMode(mode);
        o.start(PREREQUISITES);
        o.complete(PREREQUISITES);
    }

    private void run(Step step) {
        o.start(step);
        o.complete(step);
    }

    @Test
    void aNewOnboardingHasEveryStepNotStarted() {
        assertThat(o.organization()).isEqualTo("contoso");
        assertThat(o.states().values()).allMatch(s -> s.status() == Status.NOT_STARTED);
        assertThat(o.current()).isEqualTo(PREREQUISITES);
        assertThat(o.created()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
        assertThat(o.ownerMode()).isEmpty();
        assertThat(o.isComplete()).isFalse();
    }

    @Test
    void anInvalidOrganizationIsRefused() {
        assertThatThrownBy(() -> Onboarding.begin("Contoso"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Organization name: organization names are lowercase in Docker Hub; type it in lowercase.");
    }

    @Test
    void organizationAccessTokenModeHappyPath() {
        prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(Invitee.byEmail("docker-scanner@contoso.com"));
        o.start(INVITE);
        o.recordInvite("a7a5ef25-8889-43a0-8cc7-f2a94268e861");
        o.complete(INVITE);
        assertThat(o.current()).isEqualTo(EMAIL_VERIFICATION);
        run(EMAIL_VERIFICATION);
        o.setDedicatedDockerId("contososcanner");
        run(TOKEN);
        o.setTokenExpiry(LocalDate.of(2027, 11, 24));
        o.start(CONNECTION_TEST);
        o.recordConnectionReport("{\"ok\":true}");
        o.complete(CONNECTION_TEST);
        run(FINISH);

        assertThat(o.isComplete()).isTrue();
        assertThat(o.current()).isEqualTo(FINISH);
        assertThat(o.states().values()).allMatch(s -> s.status() == Status.DONE);
        assertThat(o.inviteId()).contains("a7a5ef25-8889-43a0-8cc7-f2a94268e861");
    }

    @Test
    void passwordModeFollowsTheSameSteps() {
        prerequisitesDone(OwnerMode.PASSWORD);
        o.setInvitee(Invitee.byDockerId("contososcanner"));
        run(INVITE);
        run(EMAIL_VERIFICATION);
        assertThat(o.current()).isEqualTo(TOKEN);
        assertThat(o.ownerMode()).contains(OwnerMode.PASSWORD);
    }

    @Test
    void manualModeTicksInviteAndAcceptanceByHand() {
        prerequisitesDone(OwnerMode.MANUAL);
        o.markDoneByHand(INVITE, "invited in Docker Hub");
        o.markDoneByHand(EMAIL_VERIFICATION, "the user shows as Editor in Docker Hub");

        assertThat(o.state(INVITE)).isEqualTo(new StepState(Status.DONE, "invited in Docker Hub", clock.instant()));
        assertThat(o.state(EMAIL_VERIFICATION).reason()).isEqualTo("the user shows as Editor in Docker Hub");
        o.start(TOKEN);
        assertThat(o.current()).isEqualTo(TOKEN);
    }

    @Test
    void markingAcceptanceByHandSkipsAnOpenInviteWithTheSameReason() {
        prerequisitesDone(OwnerMode.MANUAL);
        o.markDoneByHand(EMAIL_VERIFICATION, "accepted, checked in Docker Hub");

        assertThat(o.state(INVITE).status()).isEqualTo(Status.SKIPPED);
        assertThat(o.state(INVITE).reason()).isEqualTo("accepted, checked in Docker Hub");
        assertThat(o.state(EMAIL_VERIFICATION).status()).isEqualTo(Status.DONE);
    }

    @Test
    void anExistingMemberSkipsInviteAndVerificationWithTheReason() {
        prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.markExistingMember("contososcanner is already an Editor of contoso");

        assertThat(o.state(INVITE)).extracting(StepState::status, StepState::reason)
                .containsExactly(Status.SKIPPED, "contososcanner is already an Editor of contoso");
        assertThat(o.state(EMAIL_VERIFICATION)).extracting(StepState::status, StepState::reason)
                .containsExactly(Status.SKIPPED, "contososcanner is already an Editor of contoso");
        assertThat(o.current()).isEqualTo(TOKEN);
        o.start(TOKEN);
    }

    // ---- refused transitions ----

    @Test
    void tokenCannotStartBeforeTheInviteIsAccepted() {
        prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(Invitee.byEmail("docker-scanner@contoso.com"));
        run(INVITE);
        o.start(EMAIL_VERIFICATION);

        assertThatThrownBy(() -> o.start(TOKEN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Read-only access token cannot start yet: the dedicated user must verify the e-mail and "
                        + "accept the invite first (E-mail verification and acceptance done), or the owner marks it done by hand with a reason.");
        assertThat(o.state(TOKEN).status()).isEqualTo(Status.NOT_STARTED);
    }

    @Test
    void aStepCannotStartBeforeTheStepItNeeds() {
        assertThatThrownBy(() -> o.start(INVITE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Invite the dedicated user cannot start yet: Prerequisites must be done or skipped first.");
        assertThatThrownBy(() -> o.start(FINISH))
                .hasMessage("Finish cannot start yet: Connection test must be done or skipped first.");
    }

    @Test
    void prerequisitesNeedAnOwnerMode() {
        o.start(PREREQUISITES);
        assertThatThrownBy(() -> o.complete(PREREQUISITES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Choose how the owner signs in (organization access token, password or manual steps) before completing Prerequisites.");
    }

    @Test
    void theInviteNeedsAnInvitee() {
        prerequisitesDone(OwnerMode.PASSWORD);
        o.start(INVITE);
        assertThatThrownBy(() -> o.complete(INVITE))
                .hasMessage("Enter the invitee (the dedicated user's e-mail or Docker ID) before completing Invite the dedicated user.");
    }

    @Test
    void theTokenStepNeedsTheDedicatedUsersDockerId() {
        prerequisitesDone(OwnerMode.MANUAL);
        o.markExistingMember("already a member");
        o.start(TOKEN);
        assertThatThrownBy(() -> o.complete(TOKEN))
                .hasMessage("Enter the dedicated user's Docker ID before completing Read-only access token: the connector signs in with it.");
        assertThatThrownBy(() -> o.setDedicatedDockerId("scanner@contoso.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Docker ID, not e-mail");
    }

    @Test
    void completeAndFailNeedARunningStep() {
        assertThatThrownBy(() -> o.complete(PREREQUISITES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Start Prerequisites before completing it (it is not started).");
        assertThatThrownBy(() -> o.fail(PREREQUISITES, "no network"))
                .hasMessage("Start Prerequisites before reporting it as failed (it is not started).");
    }

    @Test
    void aFailedStepKeepsTheReasonAndCanBeRetried() {
        prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.start(INVITE);
        clock.advance(Duration.ofMinutes(1));
        o.fail(INVITE, "Docker Hub answered 403: the organization access token lacks the invite scope");

        assertThat(o.state(INVITE)).isEqualTo(new StepState(Status.FAILED,
                "Docker Hub answered 403: the organization access token lacks the invite scope", clock.instant()));
        assertThat(o.current()).isEqualTo(INVITE);
        o.start(INVITE);
        assertThat(o.state(INVITE).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(o.state(INVITE).reason()).isNull();
    }

    @Test
    void startingARunningStepAgainChangesNothing() {
        o.start(PREREQUISITES);
        Instant at = o.state(PREREQUISITES).at();
        clock.advance(Duration.ofSeconds(5));
        o.start(PREREQUISITES);
        assertThat(o.state(PREREQUISITES).at()).isEqualTo(at);
    }

    @Test
    void aDoneStepCannotStartAgainUntilReopened() {
        prerequisitesDone(OwnerMode.MANUAL);
        assertThatThrownBy(() -> o.start(PREREQUISITES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Prerequisites is already done: reopen it to run it again.");
    }

    @Test
    void reasonsAreRequired() {
        prerequisitesDone(OwnerMode.MANUAL);
        assertThatThrownBy(() -> o.skip(INVITE, " ")).isInstanceOf(IllegalArgumentException.class).hasMessage("Give a reason to skip.");
        assertThatThrownBy(() -> o.markDoneByHand(INVITE, null)).hasMessage("Give a reason to mark a step done by hand.");
        o.start(INVITE);
        assertThatThrownBy(() -> o.fail(INVITE, "")).hasMessage("Give a reason to fail.");
        assertThatThrownBy(() -> o.markExistingMember("")).hasMessage("Give a reason to record an existing member.");
    }

    @Test
    void skippingIsAllowedForInviteVerificationAndConnectionTest() {
        prerequisitesDone(OwnerMode.PASSWORD);
        o.skip(INVITE, "already a member");
        o.skip(EMAIL_VERIFICATION, "already a member");
        o.setDedicatedDockerId("contososcanner");
        run(TOKEN);
        o.skip(CONNECTION_TEST, "no network here: test later");
        assertThat(o.state(CONNECTION_TEST)).extracting(StepState::status, StepState::reason)
                .containsExactly(Status.SKIPPED, "no network here: test later");
        run(FINISH);
        assertThat(o.isComplete()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Step.class, names = {"PREREQUISITES", "TOKEN", "FINISH"})
    void someStepsCannotBeSkipped(Step step) {
        assertThatThrownBy(() -> o.skip(step, "in a hurry"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(step.title() + " cannot be skipped");
    }

    @Test
    void skippingNeedsTheEarlierStepsAndAnOpenStep() {
        assertThatThrownBy(() -> o.skip(INVITE, "x"))
                .hasMessage("Invite the dedicated user cannot be skipped yet: Prerequisites must be done or skipped first.");
        prerequisitesDone(OwnerMode.MANUAL);
        o.skip(INVITE, "x");
        assertThatThrownBy(() -> o.skip(INVITE, "again")).hasMessage("Invite the dedicated user is already skipped: reopen it first.");
    }

    @Test
    void onlyInviteAndVerificationCanBeMarkedDoneByHand() {
        prerequisitesDone(OwnerMode.MANUAL);
        assertThatThrownBy(() -> o.markDoneByHand(TOKEN, "I made one"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Read-only access token cannot be marked done by hand: only Invite the dedicated user and E-mail verification and acceptance can.");
        assertThatThrownBy(() -> o.markDoneByHand(CONNECTION_TEST, "trust me"))
                .hasMessageStartingWith("Connection test cannot be marked done by hand");
    }

    @Test
    void markingByHandNeedsThePrerequisitesDone() {
        assertThatThrownBy(() -> o.markDoneByHand(INVITE, "invited by hand"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Invite the dedicated user cannot be settled yet: complete Prerequisites (choose how the owner signs in) first.");
        assertThatThrownBy(() -> o.markExistingMember("member"))
                .hasMessage("Invite the dedicated user cannot be settled yet: complete Prerequisites (choose how the owner signs in) first.");
    }

    @Test
    void aDoneStepCannotBeMarkedByHandAgain() {
        prerequisitesDone(OwnerMode.MANUAL);
        o.markDoneByHand(INVITE, "invited");
        assertThatThrownBy(() -> o.markDoneByHand(INVITE, "again"))
                .hasMessage("Invite the dedicated user is already done: reopen it first.");
    }

    @Test
    void anExistingMemberKeepsAnInviteAlreadyDone() {
        prerequisitesDone(OwnerMode.PASSWORD);
        o.setInvitee(Invitee.byDockerId("contososcanner"));
        run(INVITE);
        o.markExistingMember("joined through another team");
        assertThat(o.state(INVITE).status()).isEqualTo(Status.DONE);
        assertThat(o.state(EMAIL_VERIFICATION).status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void theOwnerModeIsFixedOncePrerequisitesAreDone() {
        prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        assertThatThrownBy(() -> o.chooseOwnerMode(OwnerMode.MANUAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The owner mode is fixed once Prerequisites is done: reopen Prerequisites to change it.");
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN); // the same choice again is harmless

        o.reopen(PREREQUISITES);
        o.chooseOwnerMode(OwnerMode.MANUAL);
        assertThat(o.ownerMode()).contains(OwnerMode.MANUAL);
    }

    @Test
    void reopeningAStepResetsItAndEverythingAfterIt() {
        prerequisitesDone(OwnerMode.MANUAL);
        o.markExistingMember("member");
        o.setDedicatedDockerId("contososcanner");
        run(TOKEN);
        run(CONNECTION_TEST);

        o.reopen(TOKEN);

        assertThat(o.state(PREREQUISITES).status()).isEqualTo(Status.DONE);
        assertThat(o.state(INVITE).status()).isEqualTo(Status.SKIPPED);
        assertThat(o.state(TOKEN)).isEqualTo(StepState.NOT_STARTED);
        assertThat(o.state(CONNECTION_TEST)).isEqualTo(StepState.NOT_STARTED);
        assertThat(o.current()).isEqualTo(TOKEN);
    }

    @Test
    void listenersHearEveryChangeAndTheUpdateTime() {
        List<Instant> heard = new ArrayList<>();
        o.addListener(changed -> heard.add(changed.updated()));
        clock.advance(Duration.ofMinutes(2));
        o.chooseOwnerMode(OwnerMode.MANUAL);
        o.start(PREREQUISITES);
        assertThat(heard).hasSize(2).allMatch(t -> t.equals(Instant.parse("2026-11-24T10:02:00Z")));
        assertThat(o.updated()).isEqualTo(Instant.parse("2026-11-24T10:02:00Z"));
        assertThat(o.created()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void stepStateNeedsAReasonToSkipOrFail() {
        assertThatThrownBy(() -> new StepState(Status.SKIPPED, null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepState(Status.FAILED, " ", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
