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
}
