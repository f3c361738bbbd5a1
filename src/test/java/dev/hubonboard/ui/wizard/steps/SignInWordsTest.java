package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, items 6, 9 and 10: the words on screen match what the user did and where the wizard is. */
class SignInWordsTest {
    @TempDir
    Path dir;
    Fixture f;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aMistypedOrganizationWithAnOrganizationTokenSpeaksOfTheOrganizationAndTheToken() {
        f = new Fixture(PracticeHub.start(), dir);
        OwnerSignInModel owner = new OwnerSignInModel(f.wizard);
        owner.mode.set(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        owner.secret.set(f.hub.organizationAccessToken());
        owner.signIn("acme-crop", () -> { });
        assertThat(owner.error.get()).contains("organization access token for \"acme-crop\"")
                .contains("organization's name").doesNotContain("password").doesNotContain("Docker ID");
        assertThat(f.wizard.session().ownerSession()).isEmpty();
    }

    @Test
    void anExistingMemberIsSaidOnceAndNothingPromisesAnInvite() throws Exception {
        f = new Fixture(PracticeHub.builder().emailVerified(true).inviteAccepted(true).start(), dir);
        Onboarding o = f.prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail(f.hub.dedicatedEmail()));
        o.markExistingMember(f.hub.dedicatedUsername() + " is already a member (role editor), so no invite is needed.");
        InviteModel invite = new InviteModel(f.wizard);
        invite.load();
        assertThat(invite.answer.get()).isEqualTo(f.hub.dedicatedUsername()
                + " is already a member (role editor), so no invite is needed.");
        assertThat(invite.settled.get()).as("the block that promises an invite on Next is hidden").isTrue();
    }

    @Test
    void thePracticePanelsWordsAreAboutTheStepTheyWereSaidOn() throws Exception {
        f = new Fixture(PracticeHub.start(), dir);
        f.prerequisitesDone(OwnerMode.ORGANIZATION_ACCESS_TOKEN, Invitee.byEmail(f.hub.dedicatedEmail()));
        PracticeModel practice = new PracticeModel(f.wizard, f.hub);
        f.wizard.shownProperty().set(Step.EMAIL_VERIFICATION);
        practice.acceptInvite(); // refused: the e-mail is not verified yet
        assertThat(practice.message.get()).startsWith("The practice Hub refused");
        f.wizard.shownProperty().set(Step.TOKEN);
        assertThat(practice.message.get()).isEmpty();
        assertThat(practice.tone.get()).isEqualTo(Tone.PLAIN);
    }
}
