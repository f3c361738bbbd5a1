package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.kit.KeepToken;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 1: leaving a wizard whose token passed the connection test and is not in the keychain asks first,
 * through the dialog service, and each answer does what it says. Without a screen: the asker answers at once.
 */
class KeepTokenTest {
    @TempDir
    Path dir;
    StepFixture f;
    final List<KeepToken.Question> asked = new ArrayList<>();
    final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void setUp() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void answer(KeepToken.Answer a) {
        f.wizard.asker((q, then) -> {
            asked.add(q);
            then.accept(a);
        });
    }

    private SecretKey key() {
        return new SecretKey(f.hub.org(), f.hub.dedicatedUsername());
    }

    @Test
    void closeAfterAPassingTestAsksAndSaveKeepsTheTokenInTheKeychain() throws Exception {
        String token = f.testDone();
        answer(KeepToken.Answer.SAVE_AND_LEAVE);
        assertThat(f.wizard.tokenAtRisk()).isTrue();
        f.wizard.requestClose(closed::incrementAndGet);
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst().canSave()).isTrue();
        assertThat(asked.getFirst().text()).contains("passed the connection test").doesNotContain(token);
        assertThat(closed).hasValue(1);
        assertThat(f.keychain.read(key())).contains(token);
        assertThat(f.wizard.isTokenKept()).isTrue();
        assertThat(f.wizard.tokenAtRisk()).isFalse();
    }

    @Test
    void discardClosesWithoutTouchingTheKeychain() {
        f.testDone();
        answer(KeepToken.Answer.DISCARD);
        f.wizard.requestClose(closed::incrementAndGet);
        assertThat(asked).hasSize(1);
        assertThat(closed).hasValue(1);
        assertThat(f.keychain.entries()).isEmpty();
    }

    @Test
    void stayKeepsTheWizardAndTheToken() {
        String token = f.testDone();
        answer(KeepToken.Answer.STAY);
        f.wizard.requestClose(closed::incrementAndGet);
        assertThat(closed).hasValue(0);
        assertThat(f.wizard.session().dedicatedToken()).contains(token);
        assertThat(f.keychain.entries()).isEmpty();
        assertThat(f.wizard.noticeProperty().get()).contains("Nothing was closed");
    }

    @Test
    void withoutAKeychainSaveIsNotOfferedAndTheQuestionSaysWhy() {
        f.testDone();
        f.keychain.unavailable("no Secret Service on the session bus");
        answer(KeepToken.Answer.STAY);
        f.wizard.requestClose(closed::incrementAndGet);
        assertThat(asked.getFirst().canSave()).isFalse();
        assertThat(asked.getFirst().whyNoSave()).contains("no Secret Service on the session bus");
    }

    @Test
    void aFailedSaveKeepsTheWizardOpen() {
        f.testDone();
        f.wizard.asker((q, then) -> {
            f.keychain.unavailable("locked meanwhile"); // available when asked, gone when saving
            then.accept(KeepToken.Answer.SAVE_AND_LEAVE);
        });
        f.wizard.requestClose(closed::incrementAndGet);
        assertThat(closed).hasValue(0);
        assertThat(f.wizard.session().dedicatedToken()).isPresent();
        assertThat(f.wizard.noticeProperty().get()).contains("The token was not saved");
    }

    @Test
    void nothingIsAskedBeforeTheTestPassedNorOnceTheTokenIsSaved() throws Exception {
        answer(KeepToken.Answer.STAY);
        f.tokenDone(PracticeHub.Scope.READ); // entered, not tested
        f.wizard.requestClose(closed::incrementAndGet);
        assertThat(asked).isEmpty();
        assertThat(closed).hasValue(1);

        f.onboarding.start(Step.CONNECTION_TEST);
        f.onboarding.complete(Step.CONNECTION_TEST);
        f.keychain.save(key(), f.wizard.session().dedicatedToken().orElseThrow());
        f.wizard.tokenKept(f.wizard.session().tokenVersion(), key()); // as Finish does after saving
        f.wizard.requestClose(closed::incrementAndGet);
        assertThat(asked).isEmpty();
        assertThat(closed).hasValue(2);
    }

    @Test
    void backPastTheTokenStepAsksAndDiscardForgetsTheToken() {
        f.testDone();
        f.wizard.shownProperty().set(Step.TOKEN);
        answer(KeepToken.Answer.STAY);
        f.wizard.back();
        assertThat(asked).hasSize(1);
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);

        answer(KeepToken.Answer.DISCARD);
        f.wizard.back();
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.values()[Step.TOKEN.ordinal() - 1]);
        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
    }

    @Test
    void backToTheTokenStepItselfAsksNothing() {
        f.testDone();
        f.wizard.shownProperty().set(Step.CONNECTION_TEST);
        answer(KeepToken.Answer.STAY);
        f.wizard.back();
        assertThat(asked).isEmpty();
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);
    }

    /** Saved on close, then the app restarted: Finish uses the token from the keychain instead of asking again. */
    @Test
    void finishAfterARestartUsesTheTokenSavedOnClose() throws Exception {
        String token = f.testDone();
        answer(KeepToken.Answer.SAVE_AND_LEAVE);
        f.wizard.requestClose(closed::incrementAndGet);
        f.wizard.session().forgetToken(); // the app quit: memory is gone, the keychain is not
        FinishModel finish = new FinishModel(f.wizard);
        finish.shown();
        assertThat(finish.keychain.get()).isEqualTo(FinishModel.Keychain.SAVED);
        assertThat(f.wizard.session().dedicatedToken()).contains(token);
        assertThat(finish.keychainText.get()).contains("saved in this computer's keychain when the wizard was closed");
        assertThat(f.wizard.tokenAtRisk()).isFalse();
    }

    @Test
    void withNothingInTheKeychainFinishStillAsksForTheToken() {
        f.testDone();
        f.wizard.session().forgetToken();
        FinishModel finish = new FinishModel(f.wizard);
        finish.shown();
        assertThat(finish.keychain.get()).isEqualTo(FinishModel.Keychain.TOKEN_MISSING);
    }

    /** The window's close, Ctrl+Q and Quit go through AppModel.requestQuit: on the wizard, the same question. */
    @Test
    void quittingFromTheWizardAsksFirst() {
        f.testDone();
        var app = new dev.hubonboard.ui.app.AppModel(f.wizard.context(),
                new dev.hubonboard.ui.connections.ConnectionsModel(f.wizard.context()), f.hub.org());
        app.openWizard(f.onboarding);
        app.wizardProperty().get().asker((q, then) -> {
            asked.add(q);
            then.accept(KeepToken.Answer.STAY);
        });
        app.requestQuit(closed::incrementAndGet);
        assertThat(asked).hasSize(1);
        assertThat(closed).hasValue(0);
        app.wizardProperty().get().asker((q, then) -> {
            asked.add(q);
            then.accept(KeepToken.Answer.DISCARD);
        });
        app.requestQuit(closed::incrementAndGet);
        assertThat(closed).hasValue(1);
    }
}
