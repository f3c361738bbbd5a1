package dev.hubonboard.ui.task;

import javafx.application.Platform;

/**
 * For views: run something on the JavaFX thread after the current event and layout (focus a field once its page is
 * in the scene, size a window to its new content). The one place outside the executor that queues on that thread.
 */
public final class NextPulse {
    private NextPulse() {
    }

    public static void then(Runnable r) {
        Platform.runLater(r);
    }
}
