package dev.hubonboard.ui.wizard;

import dev.hubonboard.onboarding.Step;
import javafx.scene.Node;

import java.util.Objects;

/** The part of {@link StepPage} every step shares: which step and its view. */
public abstract class BasicStepPage implements StepPage {
    private final Step step;
    private Node view;

    protected BasicStepPage(Step step) {
        this.step = step;
    }

    /** Called once at the end of the page's constructor, when its nodes and bindings exist. */
    protected final void content(Node view) {
        this.view = Objects.requireNonNull(view, "view");
    }

    @Override
    public final Step step() {
        return step;
    }

    @Override
    public final Node view() {
        return view;
    }
}
