package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.kit.KeepTokenDialog;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.wizard.steps.PracticePanel;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The wizard's window content: the steps and their state on the left, the shown step in the middle, Back / Next /
 * Close at the bottom, and a Practice banner in practice mode. Nodes and bindings only: Next, Back and which step may
 * show are the model's. {@link #dispose()} ends what the pages run and stops listening to the model.
 */
public final class WizardWindow {
    private final WizardModel model;
    private final Map<Step, StepPage> pages = new EnumMap<>(Step.class);
    private final BorderPane root = new BorderPane();
    private final StepList steps;
    private final ScrollPane center = new ScrollPane();
    final Button back = new Button("_Back");
    final Button next = new Button("_Next");
    final Button cancel = new Button("C_lose");
    private final Runnable close;
    private final ChangeListener<Step> showStep = (o, was, step) -> {
        if (was != null && pages.containsKey(was)) {
            pages.get(was).left();
        }
        show(step);
    };
    private final InvalidationListener refreshSteps;
    private final ChangeListener<Boolean> finished;
    private Runnable disposePanel = () -> { };

    private final Function<Step, StepPage> build;

    /** @param pages builds a step's page when it is first shown ({@link Pages#all}); null for a step left out */
    public WizardWindow(WizardModel model, Function<Step, StepPage> pages, Runnable close) {
        this.model = model;
        this.close = close;
        this.finished = (o, was, done) -> {
            if (done) {
                close.run();
            }
        };
        this.build = pages;
        this.steps = new StepList(model);
        this.refreshSteps = o -> steps.refresh();
        root.getStyleClass().add("wizard");
        root.setTop(Styles.banner(model.context().isPractice(), "Practice mode: everything here runs against the "
                + "practice Hub on this computer. Nothing reaches Docker Hub."));
        root.setLeft(stepList());
        center.setFitToWidth(true);
        center.setMinHeight(0);
        center.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER); // pages wrap to the width; never sideways
        center.getStyleClass().add("edge-to-edge");
        center.setId("step-scroll");
        root.setCenter(center);
        root.setBottom(buttons());
        model.asker(new KeepTokenDialog(() -> root.getScene() == null ? null : root.getScene().getWindow()));
        model.shownProperty().addListener(showStep);
        model.revisionProperty().addListener(refreshSteps);
        model.onboardingProperty().addListener(refreshSteps);
        model.doneProperty().addListener(finished);
        show(model.shownProperty().get());
    }

    public Parent root() {
        return root;
    }

    /**
     * The page's own focus target if it can take the focus now, else its first control that can: after Next the
     * focus is always somewhere the user sees (a disabled Re-run, a VBox, would leave it on nothing).
     */
    static Node focusable(Node preferred, Node page) {
        if (canFocus(preferred)) {
            return preferred;
        }
        java.util.Deque<Node> todo = new java.util.ArrayDeque<>(java.util.List.of(page));
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            if (canFocus(n)) {
                return n;
            }
            if (n instanceof Parent p && n.isVisible()) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return page;
    }

    private static boolean canFocus(Node n) {
        return n.isFocusTraversable() && !n.isDisabled() && shown(n) && n.getScene() != null;
    }

    /** Visible with every parent visible: a button inside a hidden box is not something the user sees. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * After the focus moved: back to the top when the focused control is in view there too, so the step's title shows
     * (focusing a field low on the page may have scrolled past it).
     */
    private void titleInView(Node view, Node target) {
        if (center.getContent() != view || target.getScene() == null) {
            return;
        }
        javafx.geometry.Bounds b = view.sceneToLocal(target.localToScene(target.getLayoutBounds()));
        if (b != null && b.getMaxY() <= center.getViewportBounds().getHeight()) {
            center.setVvalue(0);
        }
    }

    /** The window shows something else for good: the pages end their timers, and the model is no longer watched. */
    public void dispose() {
        model.shownProperty().removeListener(showStep);
        model.revisionProperty().removeListener(refreshSteps);
        model.onboardingProperty().removeListener(refreshSteps);
        model.doneProperty().removeListener(finished);
        pages.values().forEach(StepPage::dispose);
        disposePanel.run();
        next.disableProperty().unbind();
        back.disableProperty().unbind();
    }

    /**
     * The steps, and the practice panel under them. The step list never scrolls away: it is where the administrator
     * sees where they are (a column that scrolled as a whole lost it once the focus went down the panel, which the
     * scroll pane follows). Only the panel scrolls, so however tall it grows (a token and a long message after
     * "Create token…"), the window's bottom bar stays in view.
     */
    private Node stepList() {
        VBox column = new VBox(8, steps.view());
        column.setId("left-column");
        column.setPadding(new Insets(0, 0, 0, 8));
        column.setMinHeight(0);
        model.context().practice().ifPresent(p -> {
            PracticePanel panel = new PracticePanel(model, p);
            disposePanel = panel::dispose;
            VBox.setVgrow(panel.view(), Priority.ALWAYS); // its content scrolls inside it (PracticePanel)
            column.getChildren().add(panel.view());
        });
        if (column.getChildren().size() == 1) {
            VBox.setVgrow(steps.view(), Priority.ALWAYS); // no panel: the list's box fills the column as before
        }
        return column;
    }

    private Node buttons() {
        HBox status = Forms.status(model, "activity");
        Label whyNot = Forms.line("next-why-not", model.nextWhyNotProperty());
        whyNot.getStyleClass().add("text-small");
        VBox lines = new VBox(2, status, whyNot);
        HBox.setHgrow(lines, Priority.ALWAYS);

        back.setId("back");
        next.setId("next");
        cancel.setId("cancel");
        next.setDefaultButton(true);
        cancel.setCancelButton(true);
        next.getStyleClass().add("accent");
        back.setOnAction(e -> model.back());
        next.setOnAction(e -> model.next());
        cancel.setOnAction(e -> {
            if (model.busyProperty().get()) {
                model.cancelWork();
            } else {
                model.requestClose(close); // a passing token not yet saved is asked about first
            }
        });
        ButtonBar.setButtonData(back, ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonBar.setButtonData(next, ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        cancel.textProperty().bind(Bindings.when(model.busyProperty()).then("_Stop").otherwise("C_lose"));
        String closing = "While work runs, stops it; otherwise closes the wizard. Progress is saved; a token that passed "
                + "the connection test and is not saved yet is asked about first (save it in the keychain, discard "
                + "it, or stay); the owner's sign-in lasts until the app quits.";
        cancel.setAccessibleHelp(closing);
        cancel.setTooltip(new javafx.scene.control.Tooltip(closing));
        next.disableProperty().bind(model.nextEnabledProperty().not());
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(back, next, cancel);
        bar.setMinWidth(Region.USE_PREF_SIZE); // the buttons keep their size; the status line wraps instead
        HBox bottom = new HBox(12, lines, bar);
        bottom.setMinHeight(Region.USE_PREF_SIZE);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(10, 16, 12, 16));
        bottom.getStyleClass().add("wizard-buttons");
        return bottom;
    }

    private void show(Step step) {
        StepPage page = pages.computeIfAbsent(step, build);
        if (page == null) {
            return; // every step has a page in the app; tests may build a shorter wizard
        }
        Node view = page.view();
        if (view instanceof Region r) {
            r.setPadding(new Insets(16, 24, 16, 24));
        }
        center.setContent(view);
        center.setVvalue(0); // a new step opens at its title, not where the last one was scrolled to
        steps.refresh();
        back.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> step.ordinal() == 0)));
        next.setText(step == Step.FINISH ? "_Done" : "_Next");
        page.shown();
        dev.hubonboard.ui.task.NextPulse.then(() -> {
            Node target = focusable(page.focusTarget(), view);
            target.requestFocus();
            dev.hubonboard.ui.task.NextPulse.then(() -> titleInView(view, target));
        });
    }
}
