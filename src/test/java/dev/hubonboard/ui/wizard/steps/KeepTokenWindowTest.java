package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.KeepTokenDialog;
import dev.hubonboard.ui.wizard.StepPage;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.wizard.WizardWindow;
import dev.hubonboard.ui.task.TaskExecutor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21, item 1 on the screen: Close after a passing test asks, and each answer does what it says. */
@ExtendWith(ApplicationExtension.class)
class KeepTokenWindowTest {
    @TempDir
    Path dir;
    StepFixture f;
    String token;
    final AtomicBoolean closed = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        f = new StepFixture(dir, TaskExecutor.threads());
        token = f.testDone(); // the token passed the connection test and is in memory only
        f.wizard.shownProperty().set(Step.TOKEN);
        List<StepPage> pages = List.of(new TokenPage(f.wizard));
        WizardWindow window = new WizardWindow(f.wizard, step -> pages.stream().filter(p -> p.step() == step)
                .findFirst().orElse(null), () -> closed.set(true));
        stage.setScene(new Scene(window.root(), 1000, 700));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it another size
        stage.show();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private DialogPane closeAndFindTheQuestion(FxRobot robot) throws Exception {
        robot.clickOn("#cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#keep-token-dialog").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#keep-token-dialog").queryAs(DialogPane.class);
    }

    private void press(FxRobot robot, DialogPane pane, ButtonType type) throws Exception {
        Button b = (Button) pane.lookupButton(type);
        assertThat(b).as(type.getText()).isNotNull();
        robot.clickOn(b);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !f.wizard.busyProperty().get()
                && robot.lookup("#keep-token-dialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveItInTheKeychainAndClose(FxRobot robot) throws Exception {
        DialogPane pane = closeAndFindTheQuestion(robot);
        assertThat(pane.getButtonTypes()).containsExactly(KeepTokenDialog.SAVE, KeepTokenDialog.DISCARD,
                KeepTokenDialog.STAY);
        assertThat(((Button) pane.lookupButton(KeepTokenDialog.STAY)).isDefaultButton()).isTrue();
        for (ButtonType t : pane.getButtonTypes()) { // whole words: "Save it in the keyc…" was cut
            Button b = (Button) pane.lookupButton(t);
            assertThat(b.getWidth()).as(b.getText()).isGreaterThanOrEqualTo(Math.floor(b.prefWidth(-1)));
            assertThat(b.localToScene(b.getLayoutBounds()).getMaxX()).as(b.getText() + " inside the dialog")
                    .isLessThanOrEqualTo(pane.getScene().getWidth());
        }
        assertThat(closed).isFalse(); // asked first
        press(robot, pane, KeepTokenDialog.SAVE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, closed::get);
        assertThat(f.keychain.entries()).containsEntry(f.hub.org() + "/" + f.hub.dedicatedUsername(), token);
    }

    @Test
    void discardTheToken(FxRobot robot) throws Exception {
        press(robot, closeAndFindTheQuestion(robot), KeepTokenDialog.DISCARD);
        assertThat(closed).isTrue();
        assertThat(f.keychain.entries()).isEmpty();
    }

    @Test
    void stayKeepsTheWindowAndTheToken(FxRobot robot) throws Exception {
        press(robot, closeAndFindTheQuestion(robot), KeepTokenDialog.STAY);
        assertThat(closed).isFalse();
        assertThat(f.keychain.entries()).isEmpty();
        assertThat(f.wizard.session().dedicatedToken()).contains(token);
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);
    }

    @Test
    void withoutAKeychainOnlyDiscardAndStayAreOfferedWithTheReason(FxRobot robot) throws Exception {
        f.keychain.unavailable("no Secret Service on the session bus");
        DialogPane pane = closeAndFindTheQuestion(robot);
        assertThat(pane.getButtonTypes()).containsExactly(KeepTokenDialog.DISCARD, KeepTokenDialog.STAY);
        assertThat(robot.lookup("#keep-token-text").queryLabeled().getText())
                .contains("no Secret Service on the session bus");
        press(robot, pane, KeepTokenDialog.STAY);
        assertThat(closed).isFalse();
    }
}
