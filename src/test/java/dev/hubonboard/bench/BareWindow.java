package dev.hubonboard.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The floor of the start-up benchmark (packaging/bench-startup): the least a JavaFX program can do to show a window
 * of the app's size, started the same way and with the same runtime and Java options as the app. Reports like the
 * app's StartupProbe: {@code first-window-shown <epoch ms>} on standard error one pulse after the window is shown,
 * then quits if {@code -Dhub-onboard.exit-after-first-window=true}. Like the app's Main, not an Application itself.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        mark("main");
        Application.launch(Fx.class, args);
    }

    /** Like the app's StartupProbe.mark, so the benchmark can show where each start spends its time. */
    static void mark(String name) {
        if (Boolean.getBoolean("hub-onboard.startup-probe")) {
            System.err.println("startup-mark " + name + " " + System.currentTimeMillis());
        }
    }

    public static final class Fx extends Application {
        @Override
        public void start(Stage stage) {
            mark("start");
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(), 1000, 700));
            reportFirstWindow(stage);
            stage.show();
            mark("shown");
        }
    }

    /** Like the app's StartupProbe.watch: prints first-window-shown one pulse after the window is shown. */
    static void reportFirstWindow(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            System.err.println("first-window-shown " + System.currentTimeMillis());
            System.err.flush();
            if (Boolean.getBoolean("hub-onboard.exit-after-first-window")) {
                Platform.exit();
            }
        }));
    }
}
