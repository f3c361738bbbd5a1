package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The first step in a real (headless) window: validation in place, then the owner's checks through the API. */
@ExtendWith(ApplicationExtension.class)
class PrerequisitesWindowTest {
    @TempDir
    Path progress; // one per test: a test that finishes step 1 leaves a saved onboarding behind
    private static PracticeHub hub;
    private WizardModel model;

    @Start
    void start(Stage stage) {
        hub = PracticeHub.start();
        Theme.LIGHT.apply();
        model = new WizardModel(UiFixture.context(hub, new MemorySecretStore(), progress, TaskExecutor.threads()));
        WizardWindow window = new WizardWindow(model, Pages.all(model), stage::close);
        stage.setScene(new Scene(window.root(), 1000, 800));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it small
        stage.show();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void anEmailAsDockerIdIsRefusedInPlaceAndNextStaysOff(FxRobot robot) {
        robot.clickOn("#organization").write(hub.org());
        robot.clickOn("#owner-oat").write(hub.organizationAccessToken());
        robot.clickOn("#invitee-docker-id").write("scanner@acme.example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#invitee-docker-id-message").queryAs(Label.class).getText())
                .contains("Docker ID, not e-mail");
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isTrue();
    }

    /** Issue 14, item 5: each field's problem in words under it, and one line saying why Next is off. */
    @Test
    void everyFieldSaysItsProblemAndOneLineSaysWhyNextIsOff(FxRobot robot) {
        assertThat(label(robot, "#next-why-not")).contains("organization");
        robot.clickOn("#organization").write("Acme Corp");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#organization-message")).contains("lowercase").contains("no spaces");
        robot.eraseText(9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#organization-message")).as("empty, once touched")
                .contains("enter the organization's name");
        robot.write(hub.org());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#next-why-not")).contains("e-mail or its Docker ID");
        robot.clickOn("#invitee-email").write(hub.dedicatedEmail());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#next-why-not")).contains("organization access token");
        robot.clickOn("#owner-oat").write(hub.organizationAccessToken());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#next-why-not")).isEmpty();
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isFalse();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void organizationTokenChecksTheOrganizationAndMovesOn(FxRobot robot) throws Exception {
        robot.clickOn("#organization").write(hub.org());
        robot.clickOn("#owner-oat").write(hub.organizationAccessToken());
        robot.clickOn("#invitee-email").write(hub.dedicatedEmail());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#next").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#next");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.onboarding() != null
                && model.onboarding().state(Step.PREREQUISITES).status() == StepState.Status.DONE);
        assertThat(model.onboarding().ownerMode()).contains(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        assertThat(model.session().ownerSession()).isPresent();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.shownProperty().get() == Step.INVITE);
        // Issue 14, item 14: after Next the focus is on the new step's first control, which is shown and enabled.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#invitee").tryQuery()
                .map(javafx.scene.Node::isFocused).orElse(false));
        javafx.scene.Node focused = robot.lookup("#invitee").query().getScene().getFocusOwner();
        assertThat(focused.isVisible()).isTrue();
        assertThat(focused.isDisabled()).isFalse();
        model.flushSaves();
        assertThat(progress.resolve("acme-corp.json")).exists();
        assertThat(java.nio.file.Files.readString(progress.resolve("acme-corp.json")))
                .doesNotContain(hub.organizationAccessToken());
    }

    @Test
    void onlyTheChosenWaysFieldsAreBuiltAndWhatWasTypedStays(FxRobot robot) {
        assertThat(robot.lookup("#owner-oat").tryQuery()).isPresent();
        assertThat(robot.lookup("#owner-password").tryQuery()).isEmpty();
        robot.clickOn("#mode-password");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#owner-oat").tryQuery()).isEmpty();
        robot.clickOn("#owner-id").write("acmeowner");
        robot.clickOn("#mode-organization_access_token");
        robot.clickOn("#mode-password");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#owner-id").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("acmeowner");
    }

    @Test
    void problemsAreMarkedInPlaceOnlyOnceTheFieldIsTouched(FxRobot robot) {
        String problem = "Docker ID, not e-mail";
        assertThat(marksSaying(robot, problem)).isZero();
        robot.clickOn("#invitee-docker-id");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marksSaying(robot, problem)).isZero(); // focus alone marks nothing
        robot.write("scanner@acme.example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marksSaying(robot, problem)).isEqualTo(1);
    }

    @Test
    void aDoneStepIsShownAgainByClickingItAndALaterOneIsNot(FxRobot robot) throws Exception {
        robot.clickOn("#organization").write(hub.org());
        robot.clickOn("#owner-oat").write(hub.organizationAccessToken());
        robot.clickOn("#invitee-email").write(hub.dedicatedEmail());
        robot.clickOn("#next");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.shownProperty().get() == Step.INVITE);
        robot.clickOn(stepRow(robot, Step.FINISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shownProperty().get()).isEqualTo(Step.INVITE);
        assertThat(stepRow(robot, Step.FINISH).getPseudoClassStates()).contains(StepList.UNREACHED);
        robot.clickOn(stepRow(robot, Step.PREREQUISITES));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.shownProperty().get()).isEqualTo(Step.PREREQUISITES);
        assertThat(stepRow(robot, Step.PREREQUISITES).getText()).startsWith("✓  1. ");
    }

    private static Label stepRow(FxRobot robot, Step step) {
        return robot.lookup("#steps .step").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().contains((step.ordinal() + 1) + ". " + step.title())).findFirst().orElseThrow();
    }

    /** ControlsFX's in-place marks: labels whose tooltip gives the problem. */
    private static long marksSaying(FxRobot robot, String problem) {
        return robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getTooltip() != null
                && l.getTooltip().getText() != null && l.getTooltip().getText().contains(problem)).queryAll().size();
    }
}
