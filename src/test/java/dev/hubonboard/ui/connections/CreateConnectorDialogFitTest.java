package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.connector.CreateConnectorDialog;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "Smaller": "Create the connector in Defender for Cloud…" over the smallest window (860 × 600), and shrunk
 * to that size as on a small screen: the dialog lies on the screen and its buttons (Check, Create, Close) can be
 * reached, in view or scrolled to.
 */
class CreateConnectorDialogFitTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private PracticeHub hub;
    private AppContext context;
    private Stage stage;
    private Dialog<Void> dialog;
    private dev.hubonboard.ui.connector.CreateConnectorModel connector;

    @BeforeEach
    void open() throws Exception {
        open(Theme.LIGHT);
    }

    private void open(Theme theme) throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        MemorySecretStore keychain = new MemorySecretStore();
        context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        ProgressStore store = context.progress();
        store.save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(), LocalDate.now().plusDays(90)));
        keychain.save(new SecretKey(hub.org(), hub.dedicatedUsername()), hub.createToken(Scope.READ));
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupStage(s -> {
            theme.apply();
            Scene scene = new Scene(new StackPane(), 860, 600);
            Styles.use(scene);
            s.setScene(scene);
            s.show();
        });
        ConnectionsModel connections = new ConnectionsModel(context, java.time.Clock.systemUTC(), o -> true);
        connections.show(store.list());
        AtomicReference<Dialog<Void>> opened = new AtomicReference<>();
        connector = connections.connectorModel(connections.row(hub.org()).orElseThrow());
        robot.interact(() -> opened.set(CreateConnectorDialog.show(stage, connector)));
        dialog = opened.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (dialog == null) {
            return;
        }
        robot.interact(() -> {
            dialog.close();
            stage.close();
        });
        FxToolkit.registerPrimaryStage();
        context.writer().flush();
        context.defender().close();
        hub.close();
        dialog = null;
        Theme.LIGHT.apply();
    }

    @Test
    void theDialogIsOnTheScreenAndItsButtonsCanBeReached() {
        buttonsReachable();
    }

    /** Issue 20, item 8: the dialog wears the app's stylesheet, as every other dialog does. */
    @Test
    void theDialogHasTheAppsStylesheet() {
        assertThat(dialog.getDialogPane().getStylesheets()).contains(Styles.SHEET);
    }

    @Test
    void shrunkToTheSmallestWindowItsButtonsCanStillBeReached() {
        robot.interact(() -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            w.setWidth(860);
            w.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        buttonsReachable();
    }

    /** Smaller than its content, as on a small laptop screen: Close stays in view, the rest scrolls. */
    @Test
    void smallerThanItsContentItScrollsAndCloseStaysInView() {
        robot.interact(() -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            w.setWidth(640);
            w.setHeight(400);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Window w = dialog.getDialogPane().getScene().getWindow();
        assertThat(w.getHeight()).as("the window did shrink").isLessThanOrEqualTo(400);
        buttonsReachable();
    }

    /**
     * Issue 21, item 3: whole after each action, in both themes, at the smallest window size: opened, checked (the
     * pre-flight and the review shown) and created (the result and the portal link shown). The form's labels keep
     * their words: right after Create they once collapsed to "Subscri…", "Resour…".
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Theme.class)
    void wholeAfterEachActionInBothThemes(Theme theme) throws Exception {
        stop();
        open(theme);
        robot.interact(() -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            w.setWidth(860);
            w.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        wholeAfter("opened");

        robot.interact(() -> connector.groupProperty().set(connector.groups().stream()
                .filter(g -> g.name().equals(dev.hubonboard.sandbox.PracticeAzure.RESOURCE_GROUP)).findFirst().orElseThrow()));
        fire("#azure-check");
        assertThat(dialog.getDialogPane().getScene().lookup("#azure-write").isDisabled())
                .as("Create after Check: " + connector.statusProperty().get()).isFalse();
        wholeAfter("checked");

        fire("#azure-write");
        assertThat(((javafx.scene.control.Labeled) dialog.getDialogPane().getScene().lookup("#azure-result")).getText())
                .as("the write's result").contains("created");
        wholeAfter("created");
    }

    /**
     * Seen where the fonts are taller: the dialog kept the height it opened with, so after Check the pre-flight and
     * the review pushed Create below its column's view (and a click on it hit the Close bar). After Check the dialog
     * grows to what it shows, up to the screen: with room on the screen, Create is in view without scrolling.
     */
    @Test
    void afterCheckCreateIsInViewWhereTheScreenHasRoom() {
        robot.interact(() -> connector.groupProperty().set(connector.groups().stream()
                .filter(g -> g.name().equals(dev.hubonboard.sandbox.PracticeAzure.RESOURCE_GROUP)).findFirst().orElseThrow()));
        fire("#azure-check");
        WaitForAsyncUtils.waitForFxEvents();

        Scene scene = dialog.getDialogPane().getScene();
        Node write = scene.lookup("#azure-write");
        Node column = write;
        while (!(column instanceof ScrollPane)) {
            column = column.getParent();
        }
        Bounds button = write.localToScene(write.getLayoutBounds());
        Bounds view = column.localToScene(column.getLayoutBounds());
        Window w = scene.getWindow();
        double room = Screen.getPrimary().getVisualBounds().getHeight();
        if (w.getHeight() < room - 1) { // the dialog did not need the whole screen
            assertThat(button.getMaxY()).as("Create within its column's view, not scrolled away").isLessThanOrEqualTo(
                    view.getMaxY());
        }
        buttonsReachable();
    }

    private void fire(String id) {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) dialog.getDialogPane().getScene().lookup(id)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void wholeAfter(String after) {
        buttonsReachable();
        // Every label shown in the dialog shows its whole text: the skin draws what fits, with "…" when it does not.
        java.util.List<String> measured = new java.util.ArrayList<>();
        for (Node n : dialog.getDialogPane().lookupAll(".label")) {
            if (n instanceof javafx.scene.control.Label l && shown(l) && l.getText() != null && !l.getText().isBlank()) {
                String whole = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
                String drawn = l.getChildrenUnmodifiable().stream()
                        .filter(c -> c instanceof javafx.scene.text.Text).map(c -> ((javafx.scene.text.Text) c).getText())
                        .findFirst().orElse(whole);
                assertThat(drawn.replace("\n", " ").replaceAll("\\s+", " ").strip())
                        .as(after + ": \"" + whole + "\" is drawn whole").isEqualTo(whole.replaceAll("\\s+", " ").strip());
                measured.add(whole);
            }
        }
        assertThat(measured).as(after + ": the form's labels were measured").contains("Subscription", "Resource group");
    }

    /**
     * Laid out and shown: itself managed (a heading hidden until it has content is not) and visible with every parent
     * (a scroll pane's own viewport is unmanaged, so only visibility is asked of the parents).
     */
    private static boolean shown(Node n) {
        if (!n.isManaged()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void buttonsReachable() {
        Window w = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        assertThat(w.getX()).as("left edge on the screen").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(w.getY()).as("top edge on the screen").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(w.getX() + w.getWidth()).as("right edge on the screen").isLessThanOrEqualTo(screen.getMaxX());
        assertThat(w.getY() + w.getHeight()).as("bottom edge on the screen").isLessThanOrEqualTo(screen.getMaxY());
        Scene scene = dialog.getDialogPane().getScene();
        reachable(scene, dialog.getDialogPane().lookupButton(ButtonType.CLOSE), "Close");
        reachable(scene, scene.lookup("#azure-check"), "Check");
        reachable(scene, scene.lookup("#azure-write"), "Create");
    }

    /** In the window, or inside a scroll pane that is itself in the window (scrolled to, it shows). */
    private static void reachable(Scene scene, Node button, String name) {
        assertThat(button).as(name).isNotNull();
        Node shown = button;
        for (Node n = button.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane) {
                shown = n;
            }
        }
        Bounds b = shown.localToScene(shown.getLayoutBounds());
        Bounds own = button.localToScene(button.getLayoutBounds());
        assertThat(own.getWidth()).as(name + " has room for its whole text, not cut to …").isGreaterThanOrEqualTo(Math.floor(button.prefWidth(-1)));
        assertThat(b.getMinX()).as(name + " left").isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).as(name + " top").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as(name + " right").isLessThanOrEqualTo(scene.getWidth());
        assertThat(b.getMaxY()).as(name + " bottom").isLessThanOrEqualTo(scene.getHeight());
        if (shown == button) {
            return;
        }
        ScrollPane scroll = (ScrollPane) shown;
        Bounds content = scroll.getContent().localToScene(scroll.getContent().getLayoutBounds());
        assertThat(own.getMaxY()).as(name + " inside what its scroll pane scrolls").isLessThanOrEqualTo(content.getMaxY());
        assertThat(own.getMaxX()).as(name + " inside what its scroll pane scrolls").isLessThanOrEqualTo(content.getMaxX());
    }
}
