package dev.hubonboard.ui.wizard;

import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.task.TaskExecutor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seen on a desktop in practice mode: once the focus moved down the practice panel (by Tab, or because the button
 * that had it was disabled on the next step and the focus moved on to the next one), the left column scrolled the
 * step list out of view for the rest of the walk. The step list is where the administrator sees where they are: it
 * stays in view, and only the panel under it scrolls.
 */
class StepListInViewTest {
    @TempDir
    Path progress;
    private final FxRobot robot = new FxRobot();
    private PracticeHub hub;
    private WizardModel model;
    private Stage stage;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        hub = PracticeHub.start();
        FxToolkit.setupStage(s -> {
            Theme.LIGHT.apply();
            model = new WizardModel(UiFixture.context(hub, new MemorySecretStore(), progress, TaskExecutor.threads()));
            Scene scene = new Scene(new WizardWindow(model, Pages.all(model), s::close).root(), 860, 600);
            Styles.use(scene);
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(stage::close);
        FxToolkit.registerPrimaryStage();
        model.flushSaves();
        hub.close();
    }

    /** Looked up in this test's window only: an earlier test's window may still hold nodes with the same ids. */
    private org.testfx.service.query.NodeQuery mine(String id) {
        return robot.from(stage.getScene().getRoot()).lookup(id);
    }

    private Bounds inScene(String id) {
        Node n = mine(id).query();
        return n.localToScene(n.getBoundsInLocal());
    }

    @Test
    void theStepListStaysInViewWhenTheFocusGoesDownThePracticePanel() {
        robot.interact(() -> mine("#practice-fill").query().requestFocus());
        for (int i = 0; i < 12 && !mine("#practice-scenario-set-up").query().isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(mine("#practice-scenario-set-up").query().isFocused()).as("Tab reached the panel's last button")
                .isTrue();

        Bounds steps = inScene("#steps");
        Bounds column = inScene("#left-column");
        assertThat(steps.getMinY()).as("the step list's top is not scrolled above the column").isGreaterThanOrEqualTo(
                column.getMinY() - 0.5);
        Bounds setUp = inScene("#practice-scenario-set-up");
        assertThat(setUp.getMaxY()).as("the focused button is in the window").isLessThanOrEqualTo(600);
    }
}
