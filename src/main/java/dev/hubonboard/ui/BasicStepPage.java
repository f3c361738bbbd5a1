package dev.hubonboard.ui;

import dev.hubonboard.onboarding.Step;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

import java.util.Objects;

/** The part of {@link StepPage} every step shares: which step, its view, and when Next may be pressed. */
public abstract class BasicStepPage implements StepPage {
    private final Step step;
    private Node view;
    private ObservableBooleanValue canProceed;

    protected BasicStepPage(Step step) {
        this.step = step;
    }

    /** Called once at the end of the page's constructor, when its nodes and bindings exist. */
    protected final void content(Node view, ObservableBooleanValue canProceed) {
        this.view = Objects.requireNonNull(view, "view");
        this.canProceed = Objects.requireNonNull(canProceed, "canProceed");
    }

    @Override
    public final Step step() {
        return step;
    }

    @Override
    public final Node view() {
        return view;
    }

    @Override
    public final ObservableBooleanValue canProceed() {
        return canProceed;
    }
}
