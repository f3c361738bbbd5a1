package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Connections screen in a real (headless) window. Two organizations are saved: the practice Hub's, finished,
 * with a Read-only token in the (in-memory) keychain; and "globex", stopped after the token step with no keychain
 * entry, which the practice Hub does not know (one practice Hub has one organization), so only its listing and
 * Resume are exercised here.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionsWindowTest {
    @TempDir
    Path dir;
    PracticeHub hub;
    MemorySecretStore keychain;
    ProgressStore store;
    ConnectionsModel model;
    SecretKey key;
    String oldToken;
    final List<Onboarding> resumed = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        keychain = new MemorySecretStore();
        Theme.LIGHT.apply();
        AppContext context = UiFixture.context(hub, keychain, dir, TaskExecutor.threads());
        store = context.progress();
        LocalDate today = LocalDate.now();
        Onboarding acme = SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(), today.plusDays(10));
        acme.setExpectedRepositories(List.of("billing-api", "web", "worker")); // the owner's list of step 1
        store.save(acme);
        store.save(SavedOnboardings.upTo("globex", "globexscanner", Step.TOKEN, today.minusDays(2)));
        key = new SecretKey(hub.org(), hub.dedicatedUsername());
        oldToken = hub.createToken(Scope.READ);
        keychain.save(key, oldToken);
        model = new ConnectionsModel(context, Clock.systemDefaultZone(), o -> true);
        ConnectionsView view = new ConnectionsView(model, resumed::add, () -> { })
                .listChooser(suggested -> java.util.Optional.of(dir.resolve(suggested)))
                .quit(quits::incrementAndGet);
        stage.setScene(new Scene(view.root(), 1000, 800));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it small
        stage.show();
        model.load();
    }

    final java.util.concurrent.atomic.AtomicInteger quits = new java.util.concurrent.atomic.AtomicInteger();

    /** Issue 21, item 7: Connections offers Quit, with Ctrl+Q named; an unfinished card offers Resume, not Re-test. */
    @Test
    void quitIsOfferedAndAnUnfinishedCardHasNoReTest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#card-globex").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Button quit = robot.lookup("#quit").queryAs(Button.class);
        assertThat(quit.isVisible()).isTrue();
        assertThat(quit.getTooltip().getText()).contains(ConnectionsView.QUIT.getDisplayText());
        robot.clickOn(quit);
        assertThat(quits).hasValue(1);
        assertThat(robot.lookup("#resume-globex").tryQuery()).isPresent();
        assertThat(robot.lookup("#retest-globex").tryQuery()).isEmpty();
        assertThat(robot.lookup("#rotate-globex").tryQuery()).isEmpty();
        assertThat(robot.lookup("#retest-" + hub.org()).tryQuery()).isPresent();
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    void loaded(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void twoOrganizationsAreListedWithTheirStates(FxRobot robot) throws Exception {
        loaded(robot);
        String acme = hub.org();
        assertThat(robot.lookup("#card-" + acme).tryQuery()).isPresent();
        assertThat(robot.lookup("#card-globex").tryQuery()).isPresent();
        assertThat(text(robot, "#progress-" + acme)).isEqualTo("Onboarding finished");
        assertThat(text(robot, "#docker-id-" + acme)).contains(hub.dedicatedUsername());
        assertThat(text(robot, "#last-test-" + acme)).isEqualTo("Last test: Not tested yet");
        assertThat(text(robot, "#expiry-" + acme)).contains("in 10 days").contains("rotate it");
        assertThat(text(robot, "#progress-globex")).isEqualTo("Unfinished: next step is Connection test");
        assertThat(text(robot, "#expiry-globex")).startsWith("Token expired on");
        // Resume only for the unfinished one, and it hands that onboarding over
        assertThat(robot.lookup("#resume-" + acme).tryQuery()).isEmpty();
        robot.clickOn("#resume-globex");
        assertThat(resumed).extracting(Onboarding::organization).containsExactly("globex");
    }

    @Test
    void saveRepositoryListWritesTheFileForCheck(FxRobot robot) throws Exception {
        loaded(robot);
        String acme = hub.org();
        robot.interact(() -> robot.lookup("#save-list-" + acme).queryButton().fire());
        Path file = dir.resolve(acme + "-repositories.txt");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(file)
                && model.row(acme).orElseThrow().messageProperty().get().startsWith("Saved"));
        assertThat(dev.hubonboard.onboarding.RepositoryList.read(acme, file))
                .containsExactly("billing-api", "web", "worker");
    }

    @Test
    void retestUpdatesTheRow(FxRobot robot) throws Exception {
        loaded(robot);
        String acme = hub.org();
        robot.clickOn("#retest-" + acme);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#last-test-" + acme).startsWith("Last test: Ready"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#last-test-" + acme)).contains("(tested ");
        assertThat(text(robot, "#message-" + acme)).startsWith("Ready");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> LastTest.parse(store.load(acme).orElseThrow()
                .lastConnectionReport()).state() == LastTest.State.READY);
    }

    @Test
    void aRateLimitedRetestIsShownRateLimitedInTheDangerTone(FxRobot robot) throws Exception {
        loaded(robot);
        String acme = hub.org();
        // One wait longer than the test may take: the test ends rate-limited at once (no wait is slept).
        hub.faults().next(dev.hubonboard.sandbox.Target.HUB, "/v2/namespaces", 1,
                dev.hubonboard.sandbox.Fault.status429RetryAfter(3600));
        robot.clickOn("#retest-" + acme);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> text(robot, "#last-test-" + acme).startsWith("Last test: Rate-limited: "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#last-test-" + acme)).doesNotContain("could not be reached");
        assertThat(robot.lookup("#last-test-" + acme).queryAs(Label.class).getPseudoClassStates())
                .contains(javafx.css.PseudoClass.getPseudoClass("danger"));
    }

    @Test
    void aReadWriteTokenIsRefusedAndTheOldTokenStays(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("#rotate-" + hub.org());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#rotate-token").write(hub.createToken(Scope.WRITE));
        robot.clickOn("#rotate-test");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> text(robot, "#rotate-outcome").startsWith("Refused"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#rotate-outcome")).contains("can push").contains("The saved token is unchanged");
        assertThat(keychain.read(key)).contains(oldToken);
        assertThat(text(robot, "#message-" + hub.org())).startsWith("Refused");
    }

    @Test
    void aGoodRotationReplacesTheToken(FxRobot robot) throws Exception {
        loaded(robot);
        String fresh = hub.createToken(Scope.READ);
        robot.clickOn("#rotate-" + hub.org());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#rotate-token").write(fresh);
        robot.clickOn("#rotate-test");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> keychain.read(key).orElse("").equals(fresh));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#rotate-outcome"))
                .contains("update the access token in the Docker Hub connector in Defender for Cloud");
        assertThat(robot.lookup("#rotate-test").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#last-test-" + hub.org())).startsWith("Last test: Ready");
    }

    @Test
    void removeClearsTheKeychainEntryAndTheSavedState(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("#remove-" + hub.org());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#confirm-remove");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.rows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keychain.entries()).isEmpty();
        assertThat(store.fileFor(hub.org())).doesNotExist();
        assertThat(robot.lookup("#card-" + hub.org()).tryQuery()).isEmpty();
        assertThat(robot.lookup("#card-globex").tryQuery()).isPresent();
        assertThat(text(robot, "#connections-status")).startsWith("Removed " + hub.org());
    }

    @Test
    void cancellingTheConfirmationRemovesNothing(FxRobot robot) throws Exception {
        loaded(robot);
        robot.clickOn("#remove-" + hub.org());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(keychain.read(key)).contains(oldToken);
        assertThat(store.fileFor(hub.org())).exists();
        assertThat(model.rows()).hasSize(2);
    }

}
