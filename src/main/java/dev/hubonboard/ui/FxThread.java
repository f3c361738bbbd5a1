package dev.hubonboard.ui;

import javafx.application.Platform;

/** Hands results from background work to the JavaFX thread, where the view models' properties live. */
public final class FxThread {
    private FxThread() {
    }

    /** Runs {@code r} now when on the JavaFX thread, otherwise soon on it; at once when no toolkit runs (model tests). */
    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            try {
                Platform.runLater(r);
            } catch (IllegalStateException toolkitNotRunning) {
                r.run();
            }
        }
    }
}
