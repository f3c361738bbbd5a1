package dev.hubonboard.ui.wizard;

import dev.hubonboard.onboarding.Step;
import javafx.beans.value.ObservableBooleanValue;

/** The part of {@link StepModel} every step shares: which step, and when Next may be pressed. */
public abstract class BasicStepModel implements StepModel {
    private final WizardModel wizard;
    private final Step step;
    private ObservableBooleanValue ready;
    private javafx.beans.value.ObservableStringValue whyNot = new javafx.beans.property.SimpleStringProperty("");

    protected BasicStepModel(WizardModel wizard, Step step) {
        this.wizard = wizard;
        this.step = step;
    }

    /** Called once at the end of the constructor: the step joins the wizard's flow with this Next rule. */
    protected final void ready(ObservableBooleanValue whenNextMayBePressed) {
        this.ready = whenNextMayBePressed;
        wizard.register(this);
    }

    /** As {@link #ready(ObservableBooleanValue)}, with the words for why Next is not available yet. */
    protected final void ready(ObservableBooleanValue whenNextMayBePressed, javafx.beans.value.ObservableStringValue why) {
        this.whyNot = why;
        ready(whenNextMayBePressed);
    }

    @Override
    public final javafx.beans.value.ObservableStringValue whyNot() {
        return whyNot;
    }

    @Override
    public final Step step() {
        return step;
    }

    @Override
    public final ObservableBooleanValue canProceed() {
        return ready;
    }
}
