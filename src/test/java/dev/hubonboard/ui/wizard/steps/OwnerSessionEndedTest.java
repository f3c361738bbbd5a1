package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's session is held in one place (the session's secrets) and dropped in one place when Docker Hub says it
 * has ended ({@link OwnerSignInModel#ended}): on step 1 as on the invite and verification steps. Before, step 1 kept
 * the dead session, so every Next failed again on it and the sign-in never showed; and no step dropped a session
 * Docker Hub calls expired (the practice Hub's "Invalid or expired token", a {@code TokenExpiredException}).
 */
class OwnerSessionEndedTest {
    @TempDir
    Path dir;
    Fixture f;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void step1DropsASessionDockerHubNoLongerKnowsSoNextAsksForTheSignInAgain() {
        f = new Fixture(PracticeHub.start(), dir);
        f.open();
        f.wizard.session().ownerSession(new AccessToken("header.payload.signature")); // ended at Docker Hub
        PrerequisitesModel step1 = new PrerequisitesModel(f.wizard);
        step1.owner.mode.set(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        step1.organization.set(f.hub.org());
        step1.email.set(f.hub.dedicatedEmail());
        AtomicBoolean advanced = new AtomicBoolean();

        step1.proceed(() -> advanced.set(true));

        assertThat(advanced).as("step 1 does not pass on a dead session").isFalse();
        assertThat(f.wizard.session().ownerSession()).as("the dead session is dropped").isEmpty();
        assertThat(f.wizard.session().ownerSignedInProperty().get()).isFalse();
        assertThat(step1.owner.signedIn()).isFalse();
        assertThat(step1.findings).extracting(dev.hubonboard.onboarding.owner.Finding::detail)
                .containsExactly("The owner's Docker Hub session has ended. Sign in again as the owner, then press Next.");
        assertThat(f.wizard.onboarding().state(Step.PREREQUISITES).isSettled()).isFalse();
    }

    @Test
    void afterTheDeadSessionIsDroppedASignInWithTheOrganizationTokenPassesStep1() {
        f = new Fixture(PracticeHub.start(), dir);
        f.open();
        f.wizard.session().ownerSession(new AccessToken("header.payload.signature"));
        PrerequisitesModel step1 = new PrerequisitesModel(f.wizard);
        step1.owner.mode.set(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        step1.organization.set(f.hub.org());
        step1.email.set(f.hub.dedicatedEmail());
        step1.proceed(() -> { });

        step1.owner.secret.set(f.hub.organizationAccessToken());
        AtomicBoolean advanced = new AtomicBoolean();
        step1.proceed(() -> advanced.set(true));

        assertThat(f.wizard.session().ownerSession()).isPresent();
        assertThat(advanced).isTrue();
    }

    @Test
    void theInviteStepDropsASessionDockerHubCallsExpiredAndAsksForTheSignIn() throws Exception {
        f = new Fixture(PracticeHub.start(), dir);
        f.prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail(f.hub.dedicatedEmail()));
        f.wizard.session().ownerSession(new AccessToken("header.payload.signature")); // expired at Docker Hub
        InviteModel invite = new InviteModel(f.wizard);

        invite.load(); // the dry run with the owner's session

        assertThat(f.wizard.session().ownerSession()).isEmpty();
        assertThat(invite.needsSignIn.get()).isTrue();
        assertThat(invite.answer.get()).startsWith("The owner's Docker Hub session has ended.");
    }

    @Test
    void theHolderIsTheOneAnswerToWhetherTheOwnerIsSignedIn() {
        f = new Fixture(PracticeHub.start(), dir);
        OwnerSignInModel form = new OwnerSignInModel(f.wizard);
        var session = f.wizard.session();
        assertThat(session.ownerSignedIn()).isFalse();
        assertThat(form.signedIn()).isFalse();

        session.ownerSession(new AccessToken("header.payload.signature"));
        assertThat(session.ownerSignedIn()).isTrue();
        assertThat(session.ownerSignedInProperty().get()).isTrue();
        assertThat(form.signedIn()).isTrue();

        session.useFor("another-org"); // first organization: nothing to drop
        session.useFor("yet-another-org"); // switching organization drops the owner's session
        assertThat(session.ownerSignedIn()).isFalse();
        assertThat(session.ownerSignedInProperty().get()).isFalse();
        assertThat(form.signedIn()).isFalse();
    }

    @Test
    void onlyAnEndedSessionIsDroppedNotAnyFailure() {
        f = new Fixture(PracticeHub.start(), dir);
        AccessToken session = new AccessToken("header.payload.signature");
        f.wizard.session().ownerSession(session);
        OwnerSignInModel owner = new OwnerSignInModel(f.wizard);

        assertThat(owner.ended(new dev.hubonboard.net.UnreachableException("no network", 0, null))).isFalse();
        assertThat(f.wizard.session().ownerSession()).contains(session);
        assertThat(owner.ended(new dev.hubonboard.hub.ForbiddenException("not an owner", 403, ""))).isFalse();
        assertThat(f.wizard.session().ownerSession()).contains(session);
        assertThat(owner.ended(new dev.hubonboard.hub.SessionExpiredException("ended", 401, ""))).isTrue();
        assertThat(f.wizard.session().ownerSession()).isEmpty();
        f.wizard.session().ownerSession(session);
        assertThat(owner.ended(new dev.hubonboard.hub.TokenExpiredException("expired", 401, ""))).isTrue();
        assertThat(f.wizard.session().ownerSession()).isEmpty();
    }
}
