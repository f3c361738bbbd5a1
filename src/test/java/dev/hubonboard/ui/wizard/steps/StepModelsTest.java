package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.ui.wizard.StepModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20, item 2: the wizard makes each step's view-model once, owns it, and hands the same one to every asker. */
class StepModelsTest {
    @TempDir
    Path dir;
    PracticeHub hub;
    Fixture f;

    @BeforeEach
    void start() {
        hub = PracticeHub.builder().start();
        f = new Fixture(hub, dir);
    }

    @AfterEach
    void stop() {
        f.close();
        hub.close();
    }

    @Test
    void eachStepHasOneModelMadeByTheWizardOfTheStepsOwnType() {
        for (Step step : Step.values()) {
            StepModel first = f.wizard.model(step, StepModel.class);
            assertThat(first.step()).isEqualTo(step);
            assertThat(f.wizard.model(step, StepModel.class)).as(step + " asked again").isSameAs(first);
            assertThat(f.wizard.stepModel(step)).as(step + " in the flow").containsSame(first);
        }
        assertThat(f.wizard.model(Step.TOKEN, TokenModel.class)).isInstanceOf(TokenModel.class);
        assertThat(f.wizard.model(Step.EMAIL_VERIFICATION, VerificationModel.class)).isInstanceOf(VerificationModel.class);
    }

    /**
     * Issue 20, item 3: one owner sign-in. Steps 1 to 3 share the wizard's one form, and the practice panel's "Sign
     * in as the owner" goes through it too: the form forgets what was typed once that sign-in succeeds (a sign-in of
     * its own, as before, left the form's secret and its pending 2FA code behind).
     */
    @Test
    void stepsOneToThreeAndThePracticePanelSignTheOwnerInThroughOneModel() {
        OwnerSignInModel one = f.wizard.model(Step.PREREQUISITES, PrerequisitesModel.class).owner;
        assertThat(f.wizard.model(Step.INVITE, InviteModel.class).owner).isSameAs(one);
        assertThat(f.wizard.model(Step.EMAIL_VERIFICATION, VerificationModel.class).owner).isSameAs(one);
        one.secret.set("typed on step 3");
        one.needsCode.set(true);
        one.code.set("123456");
        PracticeModel practice = new PracticeModel(f.wizard, hub);

        practice.signInOwner();

        assertThat(f.wizard.session().ownerSignedIn()).isTrue();
        assertThat(practice.message.get()).startsWith("The owner of " + hub.org() + " is signed in");
        assertThat(one.secret.get()).as("the form the sign-in went through forgot what was typed").isEmpty();
        assertThat(one.needsCode.get()).isFalse();
        assertThat(one.code.get()).isEmpty();
        practice.dispose();
    }
}
