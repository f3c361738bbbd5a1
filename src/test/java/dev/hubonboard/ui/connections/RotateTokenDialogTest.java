package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.kit.Dates;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, items 2, 3 and 4 in the Rotate token dialog, over an 860 × 600 window on the practice Hub: dates typed
 * and tabbed away stay (with what was understood in words), the rotation checklist (revoke the old token, then prove
 * it no longer works), and the dialog whole on the screen after each action, in both themes.
 */
class RotateTokenDialogTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private PracticeHub hub;
    private AppContext context;
    private MemorySecretStore keychain;
    private SecretKey key;
    private String oldToken;
    private Stage stage;
    private javafx.scene.control.Dialog<Void> dialog;
    private RotationModel model;

    void open(Theme theme) throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        keychain = new MemorySecretStore();
        context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        ProgressStore store = context.progress();
        store.save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(), LocalDate.now().plusDays(90)));
        key = new SecretKey(hub.org(), hub.dedicatedUsername());
        oldToken = hub.createToken(Scope.READ);
        keychain.save(key, oldToken);
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
        ConnectionsModel connections = new ConnectionsModel(context, java.time.Clock.systemDefaultZone(), o -> true);
        connections.show(store.list());
        model = connections.rotation(connections.row(hub.org()).orElseThrow());
        AtomicReference<javafx.scene.control.Dialog<Void>> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(RotateTokenDialog.show(stage, model)));
        dialog = opened.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        robot.interact(() -> {
            if (dialog != null) {
                dialog.close();
            }
            stage.close();
        });
        Theme.LIGHT.apply();
        FxToolkit.registerPrimaryStage();
        context.writer().flush();
        context.defender().close();
        hub.close();
    }

    private Node find(String id) {
        return dialog.getDialogPane().getScene().lookup(id);
    }

    private String text(String id) {
        return ((Labeled) find(id)).getText();
    }

    private void typeExpiryAndTabAway(String typed) {
        DatePicker picker = (DatePicker) find("#rotate-expiry");
        robot.interact(picker.getEditor()::clear);
        robot.clickOn(picker.getEditor()).write(typed).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a button that may sit below the scroll pane's view (the checklist at 860 x 600). */
    private void press(String id) {
        Button b = (Button) find(id);
        assertThat(b.isDisabled()).as(id).isFalse();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void rotate() {
        String fresh = hub.createToken(Scope.READ);
        robot.interact(() -> model.token.set(fresh));
        press("#rotate-test");
        assertThat(model.result.get()).as(model.outcome.get()).isEqualTo(RotationModel.Result.REPLACED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDateTypedInAnotherFormatStaysAndIsShownInWords() throws Exception {
        open(Theme.LIGHT);
        DatePicker picker = (DatePicker) find("#rotate-expiry");
        LocalDate inAYear = LocalDate.now().plusYears(1).withDayOfMonth(1);
        typeExpiryAndTabAway(String.format("%02d.%02d.%d", inAYear.getDayOfMonth(), inAYear.getMonthValue(),
                inAYear.getYear()));
        assertThat(picker.getValue()).isEqualTo(inAYear);
        assertThat(picker.getEditor().getText()).isNotBlank();
        assertThat(text("#rotate-expiry-message")).contains(Dates.words(inAYear, LocalDate.now()));

        typeExpiryAndTabAway("in 90 days");
        assertThat(picker.getValue()).isEqualTo(LocalDate.now().plusDays(90));
        assertThat(text("#rotate-expiry-message")).contains("in 90 days");
    }

    @Test
    void anUnreadableDateStaysInTheFieldWithTheError() throws Exception {
        open(Theme.LIGHT);
        typeExpiryAndTabAway("31.02.2027");
        DatePicker picker = (DatePicker) find("#rotate-expiry");
        assertThat(picker.getEditor().getText()).isEqualTo("31.02.2027"); // never cleared
        assertThat(text("#rotate-expiry-message")).startsWith("Expires on: \"31.02.2027\" is not a date");
        robot.interact(() -> model.token.set(hub.createToken(Scope.READ)));
        assertThat(((Button) find("#rotate-test")).isDisabled()).isTrue();
        assertThat(keychain.read(key)).contains(oldToken);
    }

    @Test
    void theChecklistRevokesTheOldTokenAndProvesItNoLongerWorks() throws Exception {
        open(Theme.LIGHT);
        assertThat(find("#rotate-checklist").isVisible()).isFalse();
        rotate();
        assertThat(find("#rotate-checklist").isVisible()).isTrue();
        assertThat(model.oldToken.get()).isEqualTo(RotationModel.OldToken.TO_REVOKE);
        assertThat(text("#rotate-old-hint")).contains("Personal access tokens");

        press("#rotate-check-old"); // not revoked yet: a warning
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.oldToken.get()).isEqualTo(RotationModel.OldToken.STILL_WORKS);
        assertThat(text("#rotate-old-outcome")).startsWith("The old token still works");
        assertThat(find("#rotate-old-outcome").getPseudoClassStates().toString()).contains("warning");

        press("#rotate-practice-revoke");
        press("#rotate-check-old");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.oldToken.get()).isEqualTo(RotationModel.OldToken.REFUSED);
        assertThat(text("#rotate-old-outcome")).startsWith("Done: Docker Hub refuses the old token");
        assertThat(((Button) find("#rotate-check-old")).isDisabled()).isTrue();
        assertThat(dev.hubonboard.ui.wizard.steps.SessionSecretsProbe.holding(model, oldToken)).isEmpty(); // forgotten
        assertThat(keychain.read(key)).isPresent().get().isNotEqualTo(oldToken);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void wholeOnTheScreenAfterEachAction(Theme theme) throws Exception {
        open(theme);
        whole("opened");
        String publicOnly = hub.createToken(Scope.PUBLIC_READ); // sees no private repository: refused
        robot.interact(() -> model.token.set(publicOnly));
        robot.clickOn(find("#rotate-test"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.result.get()).isEqualTo(RotationModel.Result.REFUSED);
        whole("refused");
        rotate();
        whole("replaced, with the checklist");
        press("#rotate-check-old");
        whole("old token checked");
    }

    private void whole(String after) {
        WaitForAsyncUtils.waitForFxEvents();
        Window w = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        assertThat(w.getY()).as(after + ": top on the screen").isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(w.getY() + w.getHeight()).as(after + ": bottom on the screen")
                .isLessThanOrEqualTo(screen.getMaxY());
        assertThat(w.getX() + w.getWidth()).as(after + ": right edge").isLessThanOrEqualTo(screen.getMaxX());
        Scene scene = dialog.getDialogPane().getScene();
        for (String id : new String[] {"#rotate-test", "#rotate-copy", "#rotate-check-old", "#rotate-update-defender",
                "#rotate-practice-revoke", "#rotate-open-tokens"}) {
            Node n = scene.lookup(id);
            if (n != null && n.isVisible() && n.getParent().isVisible() && isShown(n)) {
                Labeled b = (Labeled) n;
                assertThat(b.getWidth()).as(after + ": " + b.getText() + " whole, not cut to …")
                        .isGreaterThanOrEqualTo(Math.floor(b.prefWidth(-1)));
                inView(scene, b, after);
            }
        }
        inView(scene, dialog.getDialogPane().lookupButton(ButtonType.CLOSE), after);
        for (String id : new String[] {"#rotate-outcome", "#rotate-expiry-message", "#rotate-old-outcome"}) {
            Label l = (Label) scene.lookup(id);
            if (l != null && isShown(l) && !l.getText().isEmpty()) {
                assertThat(l.getHeight()).as(after + ": " + id + " has the height of its text")
                        .isGreaterThanOrEqualTo(Math.floor(l.prefHeight(l.getWidth())));
            }
        }
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Inside the window, or inside the scroll pane that is inside it. */
    private static void inView(Scene scene, Node n, String after) {
        Node shown = n;
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane) {
                shown = p;
            }
        }
        Bounds b = shown.localToScene(shown.getLayoutBounds());
        assertThat(b.getMinX()).as(after + ": left").isGreaterThanOrEqualTo(0);
        assertThat(b.getMaxX()).as(after + ": right").isLessThanOrEqualTo(scene.getWidth() + 0.5);
        assertThat(b.getMaxY()).as(after + ": bottom").isLessThanOrEqualTo(scene.getHeight() + 0.5);
    }
}
