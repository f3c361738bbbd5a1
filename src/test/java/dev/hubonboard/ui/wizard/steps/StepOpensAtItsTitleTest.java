package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.wizard.StepPage;
import dev.hubonboard.ui.wizard.WizardWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 7: steps 4 and 6 open at their title (they opened scrolled where the step before was), with the
 * focus on something the user sees, at the smallest window (860 × 600).
 */
@ExtendWith(ApplicationExtension.class)
class StepOpensAtItsTitleTest {
    @TempDir
    Path dir;
    StepFixture f;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        f = new StepFixture(dir, TaskExecutor.threads());
        f.testDone();
        f.wizard.shownProperty().set(Step.TOKEN);
        List<StepPage> pages = List.of(new VerificationPage(f.wizard), new TokenPage(f.wizard),
                new FinishPage(f.wizard));
        WizardWindow window = new WizardWindow(f.wizard, step -> pages.stream().filter(p -> p.step() == step)
                .findFirst().orElse(null), () -> { });
        stage.setScene(new Scene(window.root(), 860, 600));
        stage.sizeToScene(); // the stage is shared with earlier tests, which may have left it another size
        stage.show();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private void openedAtItsTitle(FxRobot robot, Step step) {
        ScrollPane center = robot.lookup("#step-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> center.setVvalue(center.getVmax())); // the step before, scrolled to its end
        robot.interact(() -> f.wizard.shownProperty().set(step));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(center.getVvalue()).as(step + " opens at its title").isEqualTo(center.getVmin());
        Node focused = center.getScene().getFocusOwner();
        assertThat(focused).as(step + ": something has the focus").isNotNull();
        for (Node n = focused; n != null; n = n.getParent()) {
            assertThat(n.isVisible()).as(step + ": the focus is on something shown (" + focused + ")").isTrue();
        }
    }

    @Test
    void theTokenStepAndFinishOpenAtTheirTitles(FxRobot robot) {
        openedAtItsTitle(robot, Step.FINISH);
        openedAtItsTitle(robot, Step.TOKEN);
    }

    /** Step 3 opened with the focus on nothing visible. */
    @Test
    void theVerificationStepOpensWithTheFocusOnSomethingShown(FxRobot robot) {
        openedAtItsTitle(robot, Step.EMAIL_VERIFICATION);
    }
}
