package dev.hubonboard.ui.kit;

import javafx.animation.PauseTransition;

import java.time.Duration;

/** Runs an action once after a wait, on the JavaFX thread; the returned runnable calls it off. Tests fire it by hand. */
@FunctionalInterface
public interface Later {
    Runnable after(Duration wait, Runnable action);

    /** The app's: a JavaFX pause. */
    static Later fx() {
        return (wait, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
            return pause::stop;
        };
    }
}
