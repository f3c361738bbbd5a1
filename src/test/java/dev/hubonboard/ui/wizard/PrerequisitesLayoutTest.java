package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.task.TaskExecutor;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "Smaller": on step 1 the Docker ID's error must not push what is below it down, and the e-mail field's
 * placeholder must be whole, at the default (1000 × 700) and the smallest (860 × 600) window.
 */
class PrerequisitesLayoutTest {
    @TempDir
    Path progress;
    private final FxRobot robot = new FxRobot();
    private PracticeHub hub;
    private WizardModel model;
    private Stage stage;

    /** A stage of its own, as it is sized here. */
    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        hub = PracticeHub.start();
    }

    private void show(double width, double height) throws Exception {
        FxToolkit.setupStage(s -> {
            Theme.LIGHT.apply();
            model = new WizardModel(UiFixture.context(hub, new MemorySecretStore(), progress, TaskExecutor.threads()));
            Scene scene = new Scene(new WizardWindow(model, Pages.all(model), s::close).root(), width, height);
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
        if (model != null) {
            model.flushSaves();
        }
        hub.close();
    }

    private Bounds inScene(String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getBoundsInLocal());
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1000, 700", "860, 600"})
    void theDockerIdErrorMovesNothingBelowIt(double width, double height) throws Exception {
        show(width, height);
        // What follows the dedicated user's fields: the first of the organization's findings, shown once checked,
        // sits right under this row; the row's bottom edge is where it starts.
        Bounds emailBefore = inScene("#invitee-email");
        javafx.scene.control.Label message = robot.lookup("#invitee-docker-id-message").queryAs(
                javafx.scene.control.Label.class);
        double messageBefore = message.getHeight();
        double rowBefore = robot.lookup("#invitee-email").query().getParent().getParent()
                .localToScene(robot.lookup("#invitee-email").query().getParent().getParent().getBoundsInLocal())
                .getMaxY();
        String helpBefore = robot.lookup("#invitee-docker-id-message").queryLabeled().getText();
        TextField dockerId = robot.lookup("#invitee-docker-id").queryAs(TextField.class);
        robot.interact(() -> { // typed in, as a user would; the field may be scrolled out of the smallest window
            dockerId.requestFocus();
            dockerId.setText("scanner@acme.example");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#invitee-docker-id-message").queryLabeled().getText())
                .as("the error is shown").isNotEqualTo(helpBefore).contains("not e-mail");
        double rowAfter = robot.lookup("#invitee-email").query().getParent().getParent()
                .localToScene(robot.lookup("#invitee-email").query().getParent().getParent().getBoundsInLocal())
                .getMaxY();
        assertThat(rowAfter).as("the bottom of the dedicated user's row, where the next control starts")
                .isEqualTo(rowBefore);
        assertThat(message.getHeight()).as("the message line's height").isEqualTo(messageBefore)
                .as("tall enough for the whole message").isGreaterThanOrEqualTo(message.prefHeight(message.getWidth()));
        assertThat(inScene("#invitee-email")).as("the e-mail field beside it").isEqualTo(emailBefore);
    }

    @ParameterizedTest(name = "{0} × {1}")
    @CsvSource({"1000, 700", "860, 600"})
    void theEmailPlaceholderIsWhole(double width, double height) throws Exception {
        show(width, height);
        TextField email = robot.lookup("#invitee-email").queryAs(TextField.class);
        Text measure = new Text(email.getPromptText());
        measure.setFont(email.getFont());
        double room = email.getWidth() - email.snappedLeftInset() - email.snappedRightInset();
        assertThat(email.getPromptText()).isNotBlank();
        assertThat(measure.getLayoutBounds().getWidth()).as("\"" + email.getPromptText() + "\" in " + room + " px")
                .isLessThanOrEqualTo(room);
    }
}
