package dev.hubonboard.tour;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.wizard.Pages;
import dev.hubonboard.ui.app.Theme;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.wizard.WizardWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Walks the whole wizard in practice mode, light and dark, and saves a screenshot of every step. Run by
 * {@code src/docs/take-screenshots} (under Xvfb); the pictures are the ones README shows.
 */
public final class ScreenshotTour {
    private final Path out;
    private Stage stage;

    private ScreenshotTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Platform.startup(() -> { });
        int code = 0;
        try {
            ScreenshotTour tour = new ScreenshotTour(out);
            // One theme per JVM when asked (take-screenshots does): nothing of one walk can reach the other.
            for (Theme theme : args.length > 1 ? List.of(Theme.valueOf(args[1])) : List.of(Theme.LIGHT, Theme.DARK)) {
                tour.walk(theme);
            }
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            code = 1;
        }
        Platform.exit();
        System.exit(code);
    }

    private void walk(Theme theme) throws Exception {
        Path progress = Files.createTempDirectory("tour-progress");
        try (PracticeHub hub = PracticeHub.start()) {
            WizardModel model = fx(() -> {
                theme.apply();
                WizardModel m = new WizardModel(UiFixture.context(hub, new MemorySecretStore(), progress,
                        TaskExecutor.threads()));
                WizardWindow window = new WizardWindow(m, Pages.all(m), () -> { });
                if (stage == null) {
                    stage = new Stage();
                }
                Scene scene = new Scene(window.root(), 1100, 860);
                dev.hubonboard.ui.kit.Styles.use(scene);
                stage.setScene(scene);
                stage.setTitle("Hub Onboard (practice)");
                stage.show();
                return m;
            });
            String suffix = theme.name().toLowerCase();
            type("#organization", hub.org());
            type("#owner-oat", hub.organizationAccessToken());
            type("#invitee-email", hub.dedicatedEmail());
            shot("1-prerequisites-" + suffix);
            press("#next");
            waitUntil(() -> model.shownProperty().get() == Step.INVITE);
            waitUntil(() -> !model.busyProperty().get());
            shot("2-invite-" + suffix);
            press("#next");
            waitUntil(() -> model.shownProperty().get() == Step.EMAIL_VERIFICATION);
            waitUntil(() -> !model.busyProperty().get());
            shot("3-verification-" + suffix);
            hub.verifyEmail();
            hub.acceptInvite();
            press("#check-now");
            waitUntil(() -> model.shownProperty().get() == Step.TOKEN);
            type("#token", hub.createToken(PracticeHub.Scope.READ));
            shot("4-token-" + suffix);
            if (theme == Theme.LIGHT) { // the smallest window, the practice panel grown by Create token…
                fx(() -> {
                    @SuppressWarnings("unchecked")
                    var scope = (javafx.scene.control.ComboBox<Object>) lookup("#practice-scope");
                    scope.setValue(scope.getItems().get(1)); // Repo Read-only, the one the connector needs
                    return null;
                });
                press("#practice-create-token");
                fx(() -> {
                    stage.setWidth(860);
                    stage.setHeight(600);
                    return null;
                });
                shot("0-minimum-size-" + suffix);
                fx(() -> {
                    stage.setWidth(1100);
                    stage.setHeight(860);
                    return null;
                });
                // as an administrator would: the token shown once goes into step 4 (and leaves the panel on Next)
                type("#token", fx(() -> ((TextInputControl) lookup("#practice-token")).getText()));
            }
            press("#next");
            waitUntil(() -> model.shownProperty().get() == Step.CONNECTION_TEST);
            waitUntil(() -> model.onboarding().state(Step.CONNECTION_TEST).isSettled());
            shot("5-connection-test-" + suffix);
            press("#next");
            waitUntil(() -> model.shownProperty().get() == Step.FINISH);
            waitUntil(() -> !model.busyProperty().get());
            shot("6-finish-" + suffix);
            model.flushSaves();
        }
    }

    private void type(String id, String text) throws Exception {
        fx(() -> {
            ((TextInputControl) lookup(id)).setText(text);
            return null;
        });
    }

    private void press(String id) throws Exception {
        waitUntil(() -> !lookup(id).isDisabled());
        fx(() -> {
            ((ButtonBase) lookup(id)).fire();
            return null;
        });
    }

    private Node lookup(String id) {
        Node n = stage.getScene().lookup(id);
        if (n == null) {
            throw new AssertionError("no node " + id + " on the page");
        }
        return n;
    }

    private void shot(String name) throws Exception {
        Thread.sleep(300); // let layout and the last pulse settle
        WritableImage image = fx(() -> stage.getScene().snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", out.resolve(name + ".png").toFile());
        System.out.println("screenshot " + out.resolve(name + ".png"));
    }

    /** Polls on the FX thread; bounded so a stuck step fails the tour instead of hanging it. */
    private static void waitUntil(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the wizard did not get there within 30 s");
            }
            Thread.sleep(100);
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }
}
