package dev.hubonboard.ui.wizard;

import dev.hubonboard.onboarding.Step;
import javafx.beans.value.ObservableBooleanValue;

/** One step's view-model as the wizard's flow sees it: when Next may be pressed, and what Next does. */
public interface StepModel {
    Step step();

    /** Next is enabled only while this is true (and nothing runs). */
    ObservableBooleanValue canProceed();

    /** Why Next is not available, in one line ("" while it is): shown next to Next. */
    default javafx.beans.value.ObservableStringValue whyNot() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    /** Next was pressed: do the step's work (possibly in the background) and call {@code advance} when done. */
    void proceed(Runnable advance);

    /** The owner signed in from outside the step (the practice panel): carry on where the sign-in was missing. */
    default void ownerSignedIn() {
    }

    /** Another step is shown instead: stop watching, hide what was revealed. */
    default void left() {
    }

    /** The wizard closes: stop timers and remove listeners from longer-lived objects. */
    default void dispose() {
    }
}
