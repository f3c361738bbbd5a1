package dev.hubonboard.ui.wizard;

import dev.hubonboard.onboarding.Step;
import javafx.scene.Node;

/**
 * One step of the wizard as the window sees it: a view over the step's view-model, which holds the logic and joins
 * the wizard's flow ({@link StepModel}). The page only builds nodes and binds them.
 */
public interface StepPage {
    Step step();

    Node view();

    /** Called each time the page is shown, to refresh from the model (e.g. after a resume). */
    default void shown() {
    }

    /** Another step is shown instead: stop what only runs while the page is seen. */
    default void left() {
    }

    /** The window is left for good: stop the page's timers and animations. */
    default void dispose() {
    }

    /** The node that gets the keyboard focus when the page is shown. */
    default Node focusTarget() {
        return view();
    }
}
