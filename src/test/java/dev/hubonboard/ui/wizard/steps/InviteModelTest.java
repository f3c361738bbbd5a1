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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The invite step's view-model, without a screen, over the practice Hub. */
class InviteModelTest {
    @TempDir
    Path dir;
    @StartStop
    final MockWebServer server = new MockWebServer();
    private Fixture f;
    private final AtomicInteger advanced = new AtomicInteger();

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private InviteModel model(PracticeHub hub, OwnerMode mode, Invitee invitee) throws Exception {
        f = new Fixture(hub, dir);
        f.prerequisitesDone(mode, invitee);
        InviteModel m = new InviteModel(f.wizard);
        m.load();
        return m;
    }

    @Test
    void dryRunForANewInviteeIsReadyToSendAndSendsNothing() throws Exception {
        PracticeHub hub = PracticeHub.start();
        InviteModel m = model(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail("new.person@acme.example"));
        assertThat(m.answerKind.get()).isEqualTo(InviteModel.Answer.READY);
        assertThat(m.answer.get()).contains("ready to send").contains("new.person@acme.example").contains("Editor");
        assertThat(m.canProceed().get()).isTrue();
        assertThat(m.invitee.get()).isEqualTo("new.person@acme.example");
        assertThat(hub.requests().entries()).anyMatch(e -> e.contains("POST /v2/invites/bulk"));
        assertThat(f.wizard.onboarding().state(Step.INVITE).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(f.wizard.onboarding().inviteId()).isEmpty();
    }

    /** Dry-run statuses are not all documented: shown verbatim, and the owner may send anyway or stop (issue 11). */
    @Test
    void anUnknownDryRunAnswerIsShownVerbatimAndSentOnlyWhenTheOwnerSaysSo() throws Exception {
        PracticeHub hub = PracticeHub.start();
        hub.behaviour().dryRunStatus("pending_seat_approval");
        String who = "new.person@acme.example";
        InviteModel m = model(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail(who));
        assertThat(m.answerKind.get()).isEqualTo(InviteModel.Answer.OTHER);
        assertThat(m.answer.get()).contains("\"pending_seat_approval\"").contains("Send anyway");

        m.proceed(advanced::incrementAndGet); // not ticked: asks again, sends nothing
        assertThat(hub.invitationEmails(who)).isZero();
        assertThat(advanced.get()).isZero();

        m.sendAnyway.set(true);
        m.proceed(advanced::incrementAndGet);
        assertThat(hub.invitationEmails(who)).isEqualTo(1);
        assertThat(advanced.get()).isEqualTo(1);
        assertThat(f.wizard.onboarding().state(Step.INVITE).status()).isEqualTo(Status.DONE);
        assertThat(f.wizard.onboarding().inviteId()).isPresent();
    }

    @Test
    void anUnknownDockerIdNamesTheFieldToFixOnStepOne() throws Exception {
        InviteModel m = model(PracticeHub.start(), OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byDockerId("nosuchuser"));
        assertThat(m.answerKind.get()).isEqualTo(InviteModel.Answer.INVALID);
        assertThat(m.answer.get()).contains("nosuchuser").contains("step 1").contains("e-mail or Docker ID");
        assertThat(m.canProceed().get()).isFalse();
    }

    @Test
    void anExistingMemberSkipsInviteAndVerificationWithTheReason() throws Exception {
        PracticeHub hub = PracticeHub.builder().inviteAccepted(true).start();
        InviteModel m = model(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail(hub.dedicatedEmail()));
        Onboarding o = f.wizard.onboarding();
        assertThat(m.answerKind.get()).isEqualTo(InviteModel.Answer.MEMBER);
        assertThat(m.answer.get()).contains("already a member");
        assertThat(o.state(Step.INVITE).status()).isEqualTo(Status.SKIPPED);
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.SKIPPED);
        assertThat(o.state(Step.INVITE).reason()).contains("already a member");
        assertThat(m.canProceed().get()).isTrue();
        m.proceed(advanced::incrementAndGet);
        assertThat(advanced).hasValue(1);
        assertThat(o.current()).isEqualTo(Step.TOKEN);
    }

    @Test
    void anUnknownStatusIsShownVerbatim() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).addHeader("Content-Type", "application/json")
                .body("{\"invitees\":[{\"invitee\":\"new.person@acme.example\",\"status\":\"seat_limit_reached\"}]}")
                .build());
        PracticeHub hub = PracticeHub.start();
        f = new Fixture(hub, new Endpoints(server.url("/"), server.url("/"), true), dir);
        Onboarding o = f.open();
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(Invitee.byEmail("new.person@acme.example"));
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        f.wizard.session().ownerSession(new AccessToken("header.payload.signature"));
        InviteModel m = new InviteModel(f.wizard);
        m.load();
        assertThat(m.answerKind.get()).isEqualTo(InviteModel.Answer.OTHER);
        assertThat(m.answer.get()).contains("\"seat_limit_reached\"");
    }

    @Test
    void nextSendsTheInviteRecordsItsIdAndCompletesTheStep() throws Exception {
        PracticeHub hub = PracticeHub.start();
        InviteModel m = model(hub, OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail("new.person@acme.example"));
        m.proceed(advanced::incrementAndGet);
        Onboarding o = f.wizard.onboarding();
        assertThat(advanced).hasValue(1);
        assertThat(o.state(Step.INVITE).status()).isEqualTo(Status.DONE);
        assertThat(o.inviteId()).isPresent();
        assertThat(o.current()).isEqualTo(Step.EMAIL_VERIFICATION);
        assertThat(m.answer.get()).contains("Invite sent");
        // The practice Hub now holds that invite as pending.
        assertThat(f.wizard.context().ownerActions().acceptance(f.wizard.session().ownerSession().orElseThrow(), hub.org(),
                o.invitee().orElseThrow(), o.inviteId().orElseThrow()).state())
                .isEqualTo(dev.hubonboard.onboarding.owner.Acceptance.State.PENDING);
    }

    @Test
    void withoutASessionTheOwnerSignsInAgainThenTheInviteGoesOut() throws Exception {
        PracticeHub hub = PracticeHub.start();
        f = new Fixture(hub, dir);
        f.prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail(hub.dedicatedEmail()));
        f.wizard.session().ownerSession(null); // the app was restarted: sessions are never saved
        InviteModel m = new InviteModel(f.wizard);
        m.load();
        assertThat(m.needsSignIn.get()).isTrue();
        assertThat(m.owner.mode.get()).isEqualTo(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        assertThat(m.canProceed().get()).isFalse();
        m.owner.secret.set("dckr_oat_wrongwrongwrongwrongwrong");
        m.proceed(advanced::incrementAndGet);
        assertThat(m.owner.error.get()).isNotBlank();
        assertThat(m.owner.secret.get()).as("an error never clears what was typed").startsWith("dckr_oat_wrong");
        assertThat(advanced).hasValue(0);
        m.owner.secret.set(hub.organizationAccessToken());
        assertThat(m.canProceed().get()).isTrue();
        m.proceed(advanced::incrementAndGet);
        assertThat(advanced).hasValue(1);
        assertThat(m.owner.secret.get()).as("the secret is forgotten after signing in").isEmpty();
        assertThat(f.wizard.onboarding().state(Step.INVITE).status()).isEqualTo(Status.DONE);
        assertThat(f.wizard.onboarding().inviteId()).isPresent();
    }

    @Test
    void manualModeNeedsTheBoxTickedAndMarksTheInviteDoneByHand() throws Exception {
        PracticeHub hub = PracticeHub.start();
        InviteModel m = model(hub, OwnerMode.MANUAL, Invitee.byEmail(hub.dedicatedEmail()));
        assertThat(m.manual.get()).isTrue();
        assertThat(m.membersPage.get()).isEqualTo("https://hub.docker.com/orgs/" + hub.org() + "/members");
        assertThat(hub.requests().count()).as("manual mode calls no API").isZero();
        assertThat(m.canProceed().get()).isFalse();
        m.sentByHand.set(true);
        assertThat(m.canProceed().get()).isTrue();
        m.proceed(advanced::incrementAndGet);
        assertThat(advanced).hasValue(1);
        assertThat(f.wizard.onboarding().state(Step.INVITE).status()).isEqualTo(Status.DONE);
        assertThat(f.wizard.onboarding().state(Step.INVITE).reason()).isEqualTo("Invite sent by hand in Docker Hub");
    }
}
