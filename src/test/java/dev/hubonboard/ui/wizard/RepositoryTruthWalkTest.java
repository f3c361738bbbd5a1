package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's walk in a real (headless) window: step 1 shows the owner's private-repository count and saves the
 * names; step 5, with Docker's default "Public Repo Read-only" token, names each repository it cannot pull.
 */
@ExtendWith(ApplicationExtension.class)
class RepositoryTruthWalkTest {
    @TempDir
    Path progress;
    private PracticeHub hub;
    private WizardModel model;

    @Start
    void start(Stage stage) {
        hub = PracticeHub.start();
        Theme.LIGHT.apply();
        model = new WizardModel(UiFixture.context(hub, new MemorySecretStore(), progress, TaskExecutor.threads()));
        stage.setScene(new Scene(new WizardWindow(model, Pages.all(model), stage::close).root(), 1000, 800));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it small
        stage.show();
    }

    @AfterEach
    void stop() {
        model.flushSaves();
        hub.close();
    }

    @Test
    void theOwnersCountOnStepOneAndTheRepositoriesTheTokenCannotPullOnStepFive(FxRobot robot) throws Exception {
        robot.clickOn("#organization").write(hub.org());
        robot.clickOn("#owner-oat").write(hub.organizationAccessToken());
        robot.clickOn("#invitee-email").write(hub.dedicatedEmail());
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.INVITE && !model.busyProperty().get());
        assertThat(model.onboarding().expectedRepositories()).containsExactly("billing-api", "web", "worker");
        // said where the administrator now is (issue 21, item 7), not only on step 1
        assertThat(model.noticeProperty().get()).isEqualTo("Step 1 done. Defender will scan 3 private repositories: "
                + "billing-api, web, worker (the list is on step 1).");

        robot.clickOn(stepRow(robot, Step.PREREQUISITES));
        await(() -> model.shownProperty().get() == Step.PREREQUISITES);
        assertThat(model.noticeProperty().get()).as("said on step 2 only").isEmpty();
        assertThat(text(robot, "#repositories-summary"))
                .startsWith("Defender will scan these 3 private repositories: billing-api, web, worker.")
                .contains("Repository List"); // the organization access token's permission to list private ones
        robot.clickOn(stepRow(robot, Step.INVITE));
        await(() -> model.shownProperty().get() == Step.INVITE && !model.busyProperty().get());

        robot.clickOn("#next"); // send the invite
        await(() -> model.shownProperty().get() == Step.EMAIL_VERIFICATION);
        hub.verifyEmail();
        hub.acceptInvite();
        robot.clickOn("#check-now");
        await(() -> model.shownProperty().get() == Step.TOKEN);
        String token = hub.createToken(PracticeHub.Scope.PUBLIC_READ); // Docker Hub's default permission
        robot.interact(() -> robot.lookup("#token").queryTextInputControl().setText(token));
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.CONNECTION_TEST
                && text(robot, "#check-summary").startsWith("Not ready"));

        assertThat(text(robot, "#check-repository-words")).startsWith("Cannot be pulled with this token:")
                .contains("acme-corp/billing-api").contains("acme-corp/web").contains("acme-corp/worker");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
    }

    private static Label stepRow(FxRobot robot, Step step) {
        return robot.lookup("#steps .step").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains((step.ordinal() + 1) + ". " + step.title())).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void await(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            final boolean[] r = new boolean[1];
            WaitForAsyncUtils.asyncFx(() -> r[0] = condition.get()).get();
            return r[0];
        });
    }
}
