package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState.Status;
import dev.hubonboard.sandbox.PracticeHub;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification step's view-model, without a screen: the watch runs on a hand-driven timer. */
class VerificationModelTest {
    @TempDir
    Path dir;
    @StartStop
    final MockWebServer server = new MockWebServer();
    private Fixture f;
    private final ManualTimer timer = new ManualTimer();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:42:07Z"), ZoneOffset.UTC);

    /** Records what was scheduled; {@link #fire()} runs the scheduled action as the wait ending would. */
    static final class ManualTimer implements dev.hubonboard.ui.kit.Later {
        final List<Duration> waits = new ArrayList<>();
        Runnable action;

        @Override
        public Runnable after(Duration wait, Runnable a) {
            waits.add(wait);
            action = a;
            return () -> {
                if (action == a) {
                    action = null;
                }
            };
        }

        void fire() {
            Runnable a = action;
            action = null;
            a.run();
        }
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    /** Step 1 done and the invite sent through the wizard; the verification page shown. */
    private VerificationModel invited(PracticeHub hub, OwnerMode mode) throws Exception {
        f = new Fixture(hub, dir);
        f.prerequisitesDone(mode, Invitee.byEmail(hub.dedicatedEmail()));
        InviteModel invite = new InviteModel(f.wizard);
        invite.load();
        if (mode == OwnerMode.MANUAL) {
            invite.sentByHand.set(true);
        }
        invite.proceed(() -> f.wizard.shownProperty().set(Step.EMAIL_VERIFICATION));
        assertThat(f.wizard.onboarding().state(Step.INVITE).status()).isEqualTo(Status.DONE);
        VerificationModel m = new VerificationModel(f.wizard, timer, clock);
        m.start();
        return m;
    }

    @Test
    void pendingThenAcceptedCompletesTheStepRecordsTheDockerIdAndMovesOn() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        Onboarding o = f.wizard.onboarding();
        assertThat(o.dedicatedDockerId()).isEmpty();
        assertThat(m.watch.get()).isEqualTo(VerificationModel.Watch.WAITING);
        assertThat(m.status.get()).contains("still pending").contains("verify the e-mail");
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(m.lookLine(clock.instant().plusSeconds(3), ZoneOffset.UTC))
                .isEqualTo("Last looked at 10:42:07; next look in 7 s");
        assertThat(m.canProceed().get()).isFalse();

        hub.verifyEmail();
        hub.acceptInvite();
        timer.fire();

        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.DONE);
        assertThat(o.dedicatedDockerId()).contains(hub.dedicatedUsername());
        assertThat(m.status.get()).contains("accepted").contains("Editor");
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);
        assertThat(m.scheduled()).as("the watch stops once accepted").isFalse();
    }

    @Test
    void looksBackOffAndCheckNowStartsOver() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        timer.fire();
        timer.fire();
        assertThat(timer.waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40));
        m.checkNow();
        assertThat(timer.waits.getLast()).isEqualTo(Duration.ofSeconds(10));
        assertThat(m.scheduled()).isTrue();
    }

    /** Issue 13, bug 3: closing the wizard (to Connections) ends the watch; before, it kept looking forever. */
    @Test
    void closingTheWizardEndsTheWatchForGood() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        assertThat(m.scheduled()).isTrue();
        f.wizard.close();
        assertThat(m.scheduled()).as("no look is scheduled after the wizard closed").isFalse();
        assertThat(timer.action).as("the timer was called off").isNull();
        int before = hub.requests().count();
        m.look();
        assertThat(hub.requests().count()).as("no look once closed").isEqualTo(before);
    }

    @Test
    void leavingThePageStopsTheWatch() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        assertThat(m.scheduled()).isTrue();
        f.wizard.shownProperty().set(Step.INVITE);
        assertThat(m.scheduled()).isFalse();
        int before = hub.requests().count();
        m.look();
        assertThat(hub.requests().count()).as("no look while the page is not shown").isEqualTo(before);
    }

    @Test
    void cancellingTheInviteFailsTheStepAndInviteAgainReopensTheInvite() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        Onboarding o = f.wizard.onboarding();
        m.cancelInvite();
        assertThat(hub.requests().entries()).anyMatch(e -> e.contains("DELETE /v2/invites/" + o.inviteId().orElseThrow()));
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.FAILED);
        assertThat(o.state(Step.EMAIL_VERIFICATION).reason()).contains("cancelled").contains("again");
        assertThat(m.watch.get()).isEqualTo(VerificationModel.Watch.GONE);
        assertThat(m.scheduled()).isFalse();
        m.inviteAgain();
        assertThat(o.state(Step.INVITE).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.INVITE);
    }

    @Test
    void anInviteCancelledElsewhereIsGoneAndTheStepFails() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        Onboarding o = f.wizard.onboarding();
        f.wizard.context().ownerActions().cancel(f.wizard.session().ownerSession().orElseThrow(), o.inviteId().orElseThrow());
        m.checkNow();
        assertThat(m.watch.get()).isEqualTo(VerificationModel.Watch.GONE);
        assertThat(m.status.get()).contains("cancelled or has expired");
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.FAILED);
        assertThat(m.scheduled()).isFalse();
    }

    @Test
    void resendCallsThroughAndLooksSoonAgain() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        timer.fire(); // the next wait is now 20 s
        m.resend();
        String id = f.wizard.onboarding().inviteId().orElseThrow();
        assertThat(hub.requests().entries()).anyMatch(e -> e.contains("PATCH /v2/invites/" + id + "/resend"));
        assertThat(m.status.get()).contains("sent again");
        assertThat(timer.waits.getLast()).isEqualTo(Duration.ofSeconds(10));
    }

    /** hub-feedback#2527: resend refused to an organization access token → the Members page or the password. */
    @Test
    void aResendRefusedToTheOrganizationTokenPointsToTheMembersPage() throws Exception {
        PracticeHub hub = PracticeHub.start();
        hub.behaviour().refuseResendToOrganizationToken(true);
        VerificationModel m = invited(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        m.resend();
        assertThat(m.status.get()).startsWith("Resend failed:")
                .contains("https://hub.docker.com/orgs/" + hub.org() + "/members").contains("owner's password");
    }

    @Test
    void withoutASessionTheWatchWaitsForTheOwnerToSignIn() throws Exception {
        PracticeHub hub = PracticeHub.start();
        f = new Fixture(hub, dir);
        Onboarding o = f.prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail(hub.dedicatedEmail()));
        o.start(Step.INVITE);
        o.complete(Step.INVITE);
        f.wizard.session().ownerSession(null);
        f.wizard.shownProperty().set(Step.EMAIL_VERIFICATION);
        VerificationModel m = new VerificationModel(f.wizard, timer, clock);
        m.start();
        assertThat(m.needsSignIn.get()).isTrue();
        assertThat(m.scheduled()).isFalse();
        m.owner.secret.set(hub.organizationAccessToken());
        m.checkNow();
        assertThat(m.needsSignIn.get()).isFalse();
        assertThat(m.watch.get()).isEqualTo(VerificationModel.Watch.WAITING);
        assertThat(m.scheduled()).isTrue();
    }

    @Test
    void acceptedWithAnotherRoleWarnsAndKeepsLooking() throws Exception {
        PracticeHub hub = PracticeHub.start();
        f = new Fixture(hub, new Endpoints(server.url("/"), server.url("/"), true), dir);
        Onboarding o = f.open();
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(Invitee.byEmail("scanner@acme.example"));
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        o.start(Step.INVITE);
        o.recordInvite("abc");
        o.complete(Step.INVITE);
        f.wizard.session().ownerSession(new AccessToken("header.payload.signature"));
        f.wizard.shownProperty().set(Step.EMAIL_VERIFICATION);
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"username\":\"acmescanner\","
                        + "\"email\":\"scanner@acme.example\",\"role\":\"Member\"}]}").build());
        VerificationModel m = new VerificationModel(f.wizard, timer, clock);
        m.start();
        assertThat(m.watch.get()).isEqualTo(VerificationModel.Watch.WRONG_ROLE);
        assertThat(m.status.get()).contains("Member").contains("Editor").contains("Edit role");
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(m.scheduled()).isTrue();
    }

    @Test
    void manualChecklistRefusesAnEmailAsDockerIdAndMarksTheStepDoneByHand() throws Exception {
        PracticeHub hub = PracticeHub.start();
        VerificationModel m = invited(hub, OwnerMode.MANUAL);
        Onboarding o = f.wizard.onboarding();
        assertThat(m.manual.get()).isTrue();
        assertThat(m.scheduled()).isFalse();
        m.verified.set(true);
        m.accepted.set(true);
        m.dockerId.set("scanner@acme.example");
        assertThat(m.dockerIdVerdict().get().first().orElseThrow().message()).contains("Docker ID, not e-mail");
        assertThat(m.canProceed().get()).isFalse();
        m.dockerId.set(hub.dedicatedUsername());
        assertThat(m.canProceed().get()).isTrue();
        boolean[] advanced = {false};
        m.proceed(() -> advanced[0] = true);
        assertThat(advanced[0]).isTrue();
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.DONE);
        assertThat(o.state(Step.EMAIL_VERIFICATION).reason()).isEqualTo(VerificationModel.BY_HAND);
        assertThat(o.dedicatedDockerId()).contains(hub.dedicatedUsername());
        assertThat(hub.requests().count()).as("manual mode calls no API").isZero();
    }
}
