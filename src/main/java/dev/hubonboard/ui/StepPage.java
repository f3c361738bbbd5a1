package dev.hubonboard.ui;

import dev.hubonboard.onboarding.Step;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * One step of the wizard as the window sees it: a view, whether Next may be pressed, and what Next does. The
 * page's logic lives in its view-model; the page only builds nodes and binds them.
 */
public interface StepPage {
    Step step();

    Node view();

    /** Next is enabled only while this is true: the step's input is valid and nothing is running. */
    ObservableBooleanValue canProceed();

    /** Called each time the page is shown, to refresh from the model (e.g. after a resume). */
    default void shown() {
    }

    /** Called when another step is shown instead: hide what was revealed, stop watching. */
    default void left() {
    }

    /** Next was pressed. The page does its work (possibly in the background) and calls {@code advance} when done. */
    void proceed(Runnable advance);

    /** The page itself, built if it is built lazily (for the few places that need its concrete type). */
    default StepPage built() {
        return this;
    }

    /** The node that gets the keyboard focus when the page is shown. */
    default Node focusTarget() {
        return view();
    }
}
