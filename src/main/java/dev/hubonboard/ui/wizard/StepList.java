package dev.hubonboard.ui.wizard;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The six steps and their state down the wizard's left side; clicking a step that may be shown shows it. Six plain
 * labels rather than a ListView: its skin (virtual flow, scroll bars, cells) cost the first window ~10% of its
 * start-up for a list that never scrolls.
 */
final class StepList {
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");
    /** Not reached yet: muted text at full contrast, not "disabled" (AtlantaFX fades those to 40 %, ~2.4:1). */
    static final javafx.css.PseudoClass UNREACHED = javafx.css.PseudoClass.getPseudoClass("unreached");
    private final WizardModel model;
    private final VBox box = new VBox(2);
    private final Map<Step, Label> rows = new EnumMap<>(Step.class);

    StepList(WizardModel model) {
        this.model = model;
        box.setId("steps");
        box.setAccessibleRole(AccessibleRole.LIST_VIEW);
        box.setAccessibleText("Steps of the onboarding");
        box.setPrefWidth(300);
        box.setPadding(new Insets(6));
        for (Step step : Step.values()) {
            Label row = new Label();
            row.getStyleClass().add("step");
            row.setAccessibleRole(AccessibleRole.LIST_ITEM);
            row.setMaxWidth(Double.MAX_VALUE);
            row.setWrapText(true); // "3. E-mail verification and acceptance" whole, on two lines if need be
            row.setPadding(new Insets(6, 8, 6, 8));
            row.setOnMouseClicked(e -> select(step));
            rows.put(step, row);
            box.getChildren().add(row);
        }
        refresh();
    }

    VBox view() {
        return box;
    }

    /** Shows each step's state again: after a step was shown, or the onboarding changed. */
    void refresh() {
        Step shown = model.shownProperty().get();
        rows.forEach((step, row) -> {
            StepState state = model.onboarding() == null ? StepState.NOT_STARTED : model.onboarding().state(step);
            row.setText(glyph(state) + "  " + (step.ordinal() + 1) + ". " + step.title());
            boolean reached = model.canShow(step);
            boolean redo = step == Step.TOKEN && model.onboarding() != null && tokenToRedo(model.onboarding());
            if (redo) {
                row.setText("↺  " + (step.ordinal() + 1) + ". " + step.title());
            }
            row.setAccessibleText(step.title() + ", " + (redo ? "to redo: the connection test asks for a new token"
                    : words(state)) + (reached ? "" : ", not reached yet"));
            row.pseudoClassStateChanged(UNREACHED, !reached);
            row.setCursor(reached ? Cursor.HAND : Cursor.DEFAULT);
            row.pseudoClassStateChanged(SELECTED, step == shown);
            String reason = state.reason();
            if (reason == null) {
                row.setTooltip(null);
            } else if (row.getTooltip() == null || !Objects.equals(row.getTooltip().getText(), reason)) {
                row.setTooltip(new Tooltip(reason));
            }
        });
    }

    private void select(Step step) {
        model.select(step);
    }

    /**
     * The connection test failed on the token itself (not on the network): step 4 is the one to redo. Decided by the
     * saved report's state (it ran and was not ready), never by the words of the step's reason.
     */
    static boolean tokenToRedo(dev.hubonboard.onboarding.Onboarding o) {
        StepState test = o.state(Step.CONNECTION_TEST);
        return o.state(Step.TOKEN).status() == StepState.Status.DONE && test.status() == StepState.Status.FAILED
                && dev.hubonboard.onboarding.LastTest.parse(o.lastConnectionReport()).state()
                == dev.hubonboard.onboarding.LastTest.State.NOT_READY;
    }

    static String glyph(StepState s) {
        return switch (s.status()) {
            case NOT_STARTED -> "○";
            case IN_PROGRESS -> "◐";
            case DONE -> "✓";
            case SKIPPED -> "↷";
            case FAILED -> "✕";
        };
    }

    static String words(StepState s) {
        String w = s.status().name().toLowerCase().replace('_', ' ');
        return s.reason() == null ? w : w + ": " + s.reason();
    }
}
