package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import dev.hubonboard.ui.wizard.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21, item 7, the wizard's smaller items that a model can show. */
class JourneySmallerItemsTest {
    @TempDir
    Path dir;
    StepFixture f;

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void resumedAtAStepIsSaidOnThatStepOnly() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        WizardModel resumed = new WizardModel(f.wizard.context());
        resumed.use(f.onboarding); // past the verification: resumes at the token step
        assertThat(resumed.noticeProperty().get()).startsWith("Resumed the onboarding of " + f.hub.org());
        resumed.shownProperty().set(Step.CONNECTION_TEST);
        assertThat(resumed.noticeProperty().get()).isEmpty();
        resumed.noticeProperty().set("Something else");
        resumed.shownProperty().set(Step.TOKEN);
        assertThat(resumed.noticeProperty().get()).isEqualTo("Something else"); // only the resumed words go
        resumed.close();
    }

    @Test
    void finishOffersFinishWithoutSavingOnlyWhereThatButtonIsShown() {
        f = new StepFixture(dir, SyncTaskExecutor.held()); // the save is held: the keychain has not answered yet
        f.testDone();
        FinishModel m = new FinishModel(f.wizard);
        f.wizard.register(m);
        f.wizard.shownProperty().set(Step.FINISH);
        m.shown();
        assertThat(m.mayFinishWithoutSaving().get()).isFalse();
        assertThat(m.whyNot().get()).doesNotContain("Finish without saving");
        m.keychain.set(FinishModel.Keychain.UNAVAILABLE);
        assertThat(m.mayFinishWithoutSaving().get()).isTrue();
        assertThat(m.whyNot().get()).contains("Finish without saving");
    }
}
