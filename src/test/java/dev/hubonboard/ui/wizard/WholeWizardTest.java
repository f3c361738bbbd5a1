package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.AppModel;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState.Status;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole wizard in API mode over the practice Hub, headless: from an empty first step to the token in the
 * keychain; and an app closed at the verification step that resumes there after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class WholeWizardTest {
    private PracticeHub hub;
    private Path dir;
    private final MemorySecretStore keychain = new MemorySecretStore();
    private Stage stage;
    private WizardModel model;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        hub = PracticeHub.start();
        dir = Files.createTempDirectory("hub-onboard-whole");
        open();
        stage.show();
    }

    /** A fresh app over the same progress folder and keychain: what a restart sees. */
    private void open() {
        model = new WizardModel(UiFixture.context(hub, keychain, dir, TaskExecutor.threads()));
        try {
            AppModel.latestUnfinished(model.context().progress().list().onboardings(), hub.org()).ifPresent(model::use);
        } catch (dev.hubonboard.onboarding.store.ProgressStoreException e) {
            throw new AssertionError(e);
        }
        stage.setScene(new Scene(new WizardWindow(model, Pages.all(model), () -> { }).root(), 1000, 800));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it small
    }

    @AfterEach
    void stop() {
        model.flushSaves();
        hub.close();
    }

    private void toVerification(FxRobot robot) throws Exception {
        robot.clickOn("#organization").write(hub.org());
        robot.clickOn("#owner-oat").write(hub.organizationAccessToken());
        robot.clickOn("#invitee-email").write(hub.dedicatedEmail());
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.INVITE && !model.busyProperty().get());
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.EMAIL_VERIFICATION);
    }

    @Test
    void apiModeFromNothingToTheTokenInTheKeychain(FxRobot robot) throws Exception {
        toVerification(robot);
        hub.verifyEmail();
        hub.acceptInvite();
        robot.clickOn("#check-now");
        await(() -> model.shownProperty().get() == Step.TOKEN);
        String token = hub.createToken(PracticeHub.Scope.READ);
        robot.clickOn("#token").write(token);
        robot.clickOn("#next");
        await(() -> model.onboarding().state(Step.CONNECTION_TEST).status() == Status.DONE);
        robot.clickOn("#next");
        await(() -> keychain.entries().containsKey(new SecretKey(hub.org(), hub.dedicatedUsername()).account()));
        assertThat(keychain.entries()).containsEntry("acme-corp/acmescanner", token);
        robot.clickOn("#next"); // Done
        await(() -> model.onboarding().isComplete());
        assertThat(model.session().dedicatedToken()).isEmpty();
        model.flushSaves();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(Files.readString(f)).doesNotContain(token).doesNotContain(hub.organizationAccessToken());
            }
        }
    }

    @Test
    void closedAtVerificationResumesThereAfterARestart(FxRobot robot) throws Exception {
        toVerification(robot);
        assertThat(model.onboarding().state(Step.INVITE).status()).isEqualTo(Status.DONE);
        model.flushSaves();
        WaitForAsyncUtils.asyncFx(this::open).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shownProperty().get()).isEqualTo(Step.EMAIL_VERIFICATION);
        assertThat(model.onboarding().invitee().orElseThrow().email()).isEqualTo(hub.dedicatedEmail());
        assertThat(robot.lookup("#activity").queryLabeled().getText()).contains("Resumed");
        // The owner's session was not saved, so the watch asks for the organization access token again.
        assertThat(model.session().ownerSession()).isEmpty();
    }

    private static void await(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            final boolean[] r = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> r[0] = condition.get()).get();
            return r[0];
        });
    }
}
