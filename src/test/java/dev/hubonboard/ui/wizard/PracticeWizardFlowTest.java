package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState.Status;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard window over the practice Hub, headless: step 1 filled from the practice panel with the organization
 * access token, Next through the invite, the practice panel plays the dedicated user, and the watch moves on to
 * the token step by itself.
 */
@ExtendWith(ApplicationExtension.class)
class PracticeWizardFlowTest {
    private PracticeHub hub;
    private WizardModel model;
    private Path dir;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply(); // the pages use AtlantaFX colour names
        hub = PracticeHub.start();
        dir = Files.createTempDirectory("hub-onboard-ui-test");
        Links.use(opened::add);
        AppContext context = new AppContext(Endpoints.practice(hub.hubUrl().toString(), hub.registryUrl().toString()),
                HttpTransport.standard(), new MemorySecretStore(), new ProgressStore(dir), TaskExecutor.threads(),
                Optional.of(hub));
        model = new WizardModel(context);
        WizardWindow window = new WizardWindow(model, Pages.all(model), stage::close);
        stage.setScene(new Scene(window.root(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        model.flushSaves();
        hub.close();
    }

    @Test
    void practiceRunFromPrerequisitesToTheTokenStep(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#practice-panel").queryAs(TitledPane.class).getText())
                .isEqualTo("Practice: play the dedicated user");

        robot.clickOn("#practice-fill");
        assertThat(robot.lookup("#organization").queryTextInputControl().getText()).isEqualTo(hub.org());
        assertThat(robot.lookup("#invitee-email").queryTextInputControl().getText()).isEqualTo(hub.dedicatedEmail());

        robot.clickOn("#next"); // sign in with the OAT, check the organization
        await(() -> model.shownProperty().get() == Step.INVITE);
        await(() -> text(robot, "#invite-answer").contains("ready to send"));
        assertThat(robot.lookup("#invitee").queryTextInputControl().getText()).isEqualTo(hub.dedicatedEmail());
        assertThat(robot.lookup("#role").queryTextInputControl().getText()).isEqualTo("Editor");

        robot.clickOn("#next"); // send the invite
        await(() -> model.shownProperty().get() == Step.EMAIL_VERIFICATION);
        await(() -> text(robot, "#verification-status").contains("still pending"));
        await(() -> text(robot, "#look-line").contains("next look in"));

        robot.clickOn("#practice-accept");
        assertThat(text(robot, "#practice-message")).contains(hub.dedicatedUsername() + " must verify");
        robot.clickOn("#practice-verify");
        robot.clickOn("#practice-accept");
        assertThat(text(robot, "#practice-message")).contains("accepted the invite");
        robot.clickOn("#check-now");
        await(() -> model.shownProperty().get() == Step.TOKEN);

        Onboarding o = model.onboarding();
        assertThat(o.state(Step.PREREQUISITES).status()).isEqualTo(Status.DONE);
        assertThat(o.state(Step.INVITE).status()).isEqualTo(Status.DONE);
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.DONE);
        assertThat(o.inviteId()).isPresent();
        assertThat(o.dedicatedDockerId()).contains(hub.dedicatedUsername());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cells = robot.lookup("#steps .step").queryAllAs(Label.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
        assertThat(cells).contains("✓  1. " + Step.PREREQUISITES.title(), "✓  2. " + Step.INVITE.title(),
                "✓  3. " + Step.EMAIL_VERIFICATION.title(), "○  4. " + Step.TOKEN.title());
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(opened).isEmpty();
    }

    /**
     * Issue 20, item 1 (contract changed on purpose): a look runs on the watch lane, so it is not the wizard's work:
     * while a slow one runs, Close stays Close (it used to turn into Stop) and Back stays usable; closing the wizard
     * ends the look.
     */
    @Test
    void aSlowLookLeavesCloseAsCloseAndClosingTheWizardEndsIt(FxRobot robot) throws Exception {
        robot.clickOn("#practice-fill");
        robot.clickOn("#next");
        await(() -> text(robot, "#invite-answer").contains("ready to send"));
        robot.clickOn("#next");
        await(() -> text(robot, "#verification-status").contains("still pending"));

        hub.faults().next(dev.hubonboard.sandbox.Target.HUB, "/v2/orgs/" + hub.org() + "/members", 1,
                dev.hubonboard.sandbox.Fault.latency(java.time.Duration.ofSeconds(20)));
        robot.clickOn("#check-now");
        await(() -> text(robot, "#look-line").toLowerCase(java.util.Locale.ROOT).contains("looking now"));
        assertThat(model.busyProperty().get()).as("a look is not the wizard's work").isFalse();
        assertThat(robot.lookup("#cancel").queryButton().getText()).isEqualTo("C_lose");
        assertThat(robot.lookup("#back").queryButton().isDisabled()).isFalse();

        robot.interact(model::close);
        await(() -> text(robot, "#verification-status").contains("Stopped watching"));
        hub.faults().clear();
        assertThat(model.onboarding().state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void manualModeLinksToTheMembersPageAndTicksItsWayToTheTokenStep(FxRobot robot) throws Exception {
        robot.clickOn("#practice-fill");
        fire(robot, "#mode-manual"); // further down the page than the headless screen shows
        assertThat(robot.lookup("#mode-manual").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.INVITE);
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
        fire(robot, "#members-link");
        assertThat(opened).containsExactly("https://hub.docker.com/orgs/" + hub.org() + "/members");
        fire(robot, "#invite-sent");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isFalse();
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.EMAIL_VERIFICATION);

        fire(robot, "#check-verified");
        fire(robot, "#check-accepted");
        robot.interact(() -> robot.lookup("#dedicated-docker-id").queryTextInputControl().setText(hub.dedicatedEmail()));
        assertThat(text(robot, "#dedicated-docker-id-message")).contains("Docker ID, not e-mail");
        assertThat(robot.lookup("#next").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#dedicated-docker-id").queryTextInputControl().setText(hub.dedicatedUsername()));
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.TOKEN);

        Onboarding o = model.onboarding();
        assertThat(o.state(Step.INVITE).reason()).isEqualTo("Invite sent by hand in Docker Hub");
        assertThat(o.state(Step.EMAIL_VERIFICATION).status()).isEqualTo(Status.DONE);
        assertThat(o.dedicatedDockerId()).contains(hub.dedicatedUsername());
        assertThat(hub.requests().entries()).noneMatch(e -> e.contains("/invites"));
    }

    /** Presses a control by its id even where it lies below the visible part of the page. */
    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void await(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.get();
        });
    }
}
