package dev.hubonboard.ui.connector;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.kit.Styles;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 3: the Export dialog whole over the smallest window (860 × 600), in both themes, as opened, after a
 * field is wrong (the preview says what to fix) and after Save: on the screen, the preview tall enough to read (it
 * opened 296 px tall with a two-line preview), Save and Close whole and in view.
 */
class ConnectorExportDialogFitTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Dialog<Void> dialog;

    void open(Theme theme) throws Exception {
        Onboarding onboarding = Onboarding.begin("acme-corp");
        onboarding.setInvitee(Invitee.byDockerId("acmescanner"));
        onboarding.setDedicatedDockerId("acmescanner");
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        FxToolkit.setupStage(s -> {
            theme.apply();
            Scene scene = new Scene(new StackPane(), 860, 600);
            Styles.use(scene);
            s.setScene(scene);
            s.setWidth(860);
            s.setHeight(600);
            s.show();
        });
        AtomicReference<Dialog<Void>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(ConnectorExportDialog.show(stage, onboarding,
                name -> Optional.of(dir.resolve(name)))));
        dialog = opened.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> {
            dialog.close();
            stage.close();
        });
        Theme.LIGHT.apply();
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void wholeAfterEachAction(Theme theme) throws Exception {
        open(theme);
        whole("opened", true);
        Scene scene = dialog.getDialogPane().getScene();
        javafx.scene.control.TextField group = (javafx.scene.control.TextField) scene.lookup("#export-resource-group");
        robot.interact(() -> group.setText("not a group!"));
        whole("a field wrong", false);
        robot.interact(() -> group.setText("rg-security"));
        robot.interact(() -> ((javafx.scene.control.TextField) scene.lookup("#export-subscription"))
                .setText("11111111-2222-3333-4444-555555555555"));
        robot.interact(((Button) scene.lookup("#export-save"))::fire);
        WaitForAsyncUtils.waitForFxEvents();
        whole("saved", true);
    }

    private void whole(String after, boolean saveEnabled) {
        WaitForAsyncUtils.waitForFxEvents();
        Window w = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        assertThat(w.getY()).as(after + ": top on the screen").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(w.getY() + w.getHeight()).as(after + ": bottom on the screen").isLessThanOrEqualTo(screen.getMaxY());
        assertThat(w.getX()).as(after + ": left on the screen").isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(w.getX() + w.getWidth()).as(after + ": right on the screen").isLessThanOrEqualTo(screen.getMaxX());
        Scene scene = dialog.getDialogPane().getScene();
        TextArea preview = (TextArea) scene.lookup("#export-preview");
        double line = preview.getFont().getSize() * 1.2;
        assertThat(preview.getHeight()).as(after + ": the preview shows at least 10 lines (window " + w.getHeight()
                + " px)").isGreaterThanOrEqualTo(10 * line);
        Button save = (Button) scene.lookup("#export-save");
        assertThat(save.isDisabled()).as(after + ": Save").isEqualTo(!saveEnabled);
        inView(scene, save, after + ": Save");
        inView(scene, dialog.getDialogPane().lookupButton(ButtonType.CLOSE), after + ": Close");
    }

    private static void inView(Scene scene, Node n, String what) {
        if (n instanceof Button b) {
            assertThat(b.getWidth()).as(what + " whole, not cut to …").isGreaterThanOrEqualTo(Math.floor(b.prefWidth(-1)));
        }
        Node shown = n;
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                shown = p;
            }
        }
        Bounds b = shown.localToScene(shown.getLayoutBounds());
        assertThat(b.getMinX()).as(what + " left").isGreaterThanOrEqualTo(0);
        assertThat(b.getMinY()).as(what + " top").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as(what + " right").isLessThanOrEqualTo(scene.getWidth() + 0.5);
        assertThat(b.getMaxY()).as(what + " bottom").isLessThanOrEqualTo(scene.getHeight() + 0.5);
    }
}
