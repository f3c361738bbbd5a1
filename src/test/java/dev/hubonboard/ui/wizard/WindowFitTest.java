package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.WindowPlacement;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.task.TaskExecutor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 1: at the smallest window (860 × 600) with the practice panel open, and after "Create token…" has
 * grown it, Back, Next and Close are inside the window and nothing lies over them.
 */
class WindowFitTest {
    private final FxRobot robot = new FxRobot();
    private PracticeHub hub;
    private WizardModel model;
    private Stage stage;

    /** A stage of its own: it is resized here, which must not carry over to the stage other UI tests reuse. */
    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupStage(this::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void start(Stage stage) {
        Theme.LIGHT.apply();
        hub = PracticeHub.start();
        AppContext context;
        try {
            context = new AppContext(Endpoints.practice(hub.hubUrl().toString(), hub.registryUrl().toString()),
                    HttpTransport.standard(), new MemorySecretStore(),
                    new ProgressStore(Files.createTempDirectory("hub-onboard-fit")), TaskExecutor.threads(),
                    Optional.of(hub));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        model = new WizardModel(context);
        Scene scene = new Scene(new WizardWindow(model, Pages.all(model), stage::close).root(),
                WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT);
        Styles.use(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(stage::close);
        FxToolkit.registerPrimaryStage();
        model.flushSaves();
        hub.close();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private void navigationFits() {
        Scene scene = stage.getScene();
        Bounds left = inScene(robot.lookup("#practice-panel").query());
        for (String id : new String[] {"#back", "#next", "#cancel"}) {
            Node button = robot.lookup(id).query();
            Bounds b = inScene(button);
            assertThat(button.isVisible()).as(id).isTrue();
            assertThat(b.getMinX()).as(id + " left edge").isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(scene.getWidth());
            assertThat(b.getMinY()).as(id + " top").isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxY()).as(id + " bottom").isLessThanOrEqualTo(scene.getHeight());
            Bounds column = inScene(((javafx.scene.layout.BorderPane) scene.getRoot()).getLeft()); // what it draws
            assertThat(column.getMaxY()).as("the left column ends above " + id).isLessThanOrEqualTo(b.getMinY());
        }
        assertThat(left).isNotNull();
    }

    @Test
    void theNavigationBarStaysInsideTheSmallestWindow() {
        assertThat(robot.lookup("#practice-panel").queryAs(TitledPane.class).isExpanded()).isTrue();
        navigationFits();
        robot.interact(() -> { // the buttons may be scrolled out of view
            robot.lookup("#practice-verify").queryButton().fire(); // a verified user may create tokens
            robot.lookup("#practice-create-token").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#practice-token").queryTextInputControl().getText()).startsWith("dckr_pat_");
        navigationFits();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        navigationFits();
    }

    /**
     * Seen on a desktop in practice mode: once the focus moved down the practice panel (by Tab, or because the button
     * that had it was disabled on the next step and the focus moved on), the left column scrolled the step list out
     * of view for the rest of the walk. The step list is where the administrator sees where they are: it stays in
     * view, and only the panel's content scrolls.
     */
    @Test
    void theStepListStaysInViewWhenTheFocusGoesDownThePracticePanel() {
        robot.interact(() -> mine("#practice-fill").requestFocus());
        for (int i = 0; i < 12 && !mine("#practice-scenario-set-up").isFocused(); i++) {
            robot.type(javafx.scene.input.KeyCode.TAB);
        }
        assertThat(mine("#practice-scenario-set-up").isFocused()).as("Tab reached the panel's last button").isTrue();

        Bounds steps = inScene(mine("#steps"));
        Bounds column = inScene(mine("#left-column"));
        assertThat(steps.getMinY()).as("the step list's top is not scrolled above the column")
                .isGreaterThanOrEqualTo(column.getMinY() - 0.5);
        assertThat(inScene(mine("#practice-scenario-set-up")).getMaxY()).as("the focused button is in the window")
                .isLessThanOrEqualTo(stage.getScene().getHeight());
    }

    /** Looked up in this test's window only: an earlier test's window may still hold nodes with the same ids. */
    private Node mine(String id) {
        return robot.from(stage.getScene().getRoot()).lookup(id).query();
    }
}
