package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.AppModel;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.InviteeStatus;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.owner.OwnerSignIn;
import dev.hubonboard.onboarding.store.ProgressStore;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 2: an onboarding closed at step 3 and started again in practice mode (the owner's sign-in was
 * not kept: the app was restarted) is finished from there, with the practice panel signing the owner in; no Remove.
 */
@ExtendWith(ApplicationExtension.class)
class ResumeAtVerificationTest {
    private PracticeHub hub;
    private WizardModel model;
    private final MemorySecretStore keychain = new MemorySecretStore();
    private final AtomicBoolean closed = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        Theme.LIGHT.apply();
        hub = PracticeHub.start();
        Path dir = Files.createTempDirectory("hub-onboard-resume");
        Endpoints endpoints = Endpoints.practice(hub.hubUrl().toString(), hub.registryUrl().toString());
        new ProgressStore(dir).save(invitedInAnEarlierRun(endpoints));

        // The app starts again: nothing in memory, the saved progress on disk.
        AppContext context = new AppContext(endpoints, HttpTransport.standard(), keychain, new ProgressStore(dir),
                TaskExecutor.threads(), Optional.of(hub));
        model = new WizardModel(context);
        model.use(AppModel.latestUnfinished(context.progress().list().onboardings(), hub.org()).orElseThrow());
        Scene scene = new Scene(new WizardWindow(model, Pages.all(model), () -> closed.set(true)).root(), 1000, 760);
        Styles.use(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Steps 1 and 2 done with the organization access token, as a first run of the app left them. */
    private Onboarding invitedInAnEarlierRun(Endpoints endpoints) throws Exception {
        var actions = new dev.hubonboard.onboarding.owner.OwnerActions(new dev.hubonboard.hub.HubClient(
                HttpTransport.standard(), endpoints.hub()));
        AccessToken owner = ((OwnerSignIn.SignedIn) actions.signIn(OwnerMode.ORGANIZATION_ACCESS_TOKEN, hub.org(),
                null, hub.organizationAccessToken())).session();
        Invitee invitee = Invitee.byEmail(hub.dedicatedEmail());
        Onboarding o = Onboarding.begin(hub.org());
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(invitee);
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        o.start(Step.INVITE);
        InviteeStatus sent = actions.invite(owner, hub.org(), invitee, false);
        o.recordInvite(sent.invite().id());
        o.complete(Step.INVITE);
        return o;
    }

    @AfterEach
    void stop() {
        model.flushSaves();
        hub.close();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire()); // the panel may be scrolled
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResumedOnboardingAtStepThreeFinishesWithThePracticePanelSigningTheOwnerIn(FxRobot robot) throws Exception {
        assertThat(model.shownProperty().get()).isEqualTo(Step.EMAIL_VERIFICATION);
        await(() -> text(robot, "#verification-status").contains("Sign in again as the owner"));

        press(robot, "#practice-sign-in");
        await(() -> text(robot, "#verification-status").contains("still pending"));
        assertThat(text(robot, "#practice-message")).contains("signed in");
        assertThat(robot.lookup("#practice-sign-in").queryButton().isDisabled()).as("offered only when needed").isTrue();

        press(robot, "#practice-verify");
        press(robot, "#practice-accept");
        robot.clickOn("#check-now");
        await(() -> model.shownProperty().get() == Step.TOKEN);

        // The panel starts on Docker Hub's default, "Repo Public Read-only"; the onboarding needs "Repo Read-only".
        robot.interact(() -> {
            javafx.scene.control.ComboBox<?> scope = robot.lookup("#practice-scope").queryComboBox();
            scope.getItems().stream().filter(i -> i.toString().equals("Repo Read-only")).findFirst()
                    .ifPresent(i -> ((javafx.scene.control.ComboBox<Object>) scope).getSelectionModel().select(i));
        });
        press(robot, "#practice-create-token");
        String token = robot.lookup("#practice-token").queryTextInputControl().getText();
        assertThat(token).startsWith("dckr_pat_");
        assertThat(robot.lookup("#token-docker-id").queryTextInputControl().getText())
                .isEqualTo(hub.dedicatedUsername());
        robot.interact(() -> robot.lookup("#token").queryTextInputControl().setText(token));
        robot.clickOn("#next");
        await(() -> model.shownProperty().get() == Step.CONNECTION_TEST && text(robot, "#check-summary")
                .startsWith("Ready"));

        robot.clickOn("#next");
        await(() -> text(robot, "#keychain-status").startsWith("✓ Saved"));
        robot.clickOn("#next"); // Done
        await(closed::get);
        assertThat(model.onboarding().isComplete()).isTrue();
        assertThat(keychain.entries()).containsValue(token);
    }
}
