package dev.hubonboard.ui.app;

import dev.hubonboard.ui.task.NextPulse;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * For the start-up benchmark: with {@code -Dhub-onboard.startup-probe=true} the app prints
 * {@code first-window-shown <epoch ms>} on standard error once the first window is on screen, and with
 * {@code -Dhub-onboard.exit-after-first-window=true} it then quits. Off by default; prints nothing secret.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Prints {@code startup-mark <name> <epoch ms>} when the probe is on: where the start-up time goes. */
    public static void mark(String name) {
        if (Boolean.getBoolean("hub-onboard.startup-probe")) {
            System.err.println("startup-mark " + name + " " + System.currentTimeMillis());
        }
    }

    public static void watch(Stage stage) {
        if (!Boolean.getBoolean("hub-onboard.startup-probe")) {
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            // One pulse later the scene has been rendered, which is what a person sees.
            NextPulse.then(() -> {
                System.err.println("first-window-shown " + System.currentTimeMillis());
                System.err.flush();
                if (Boolean.getBoolean("hub-onboard.exit-after-first-window")) {
                    Platform.exit();
                }
            });
        });
    }
}
