package dev.hubonboard.ui;

import dev.hubonboard.onboarding.Step;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/**
 * The wizard's window content: the steps and their state on the left, the shown step in the middle, Back / Next /
 * Cancel at the bottom, and a Practice banner in practice mode. Nodes and bindings only; decisions are the model's.
 */
public final class WizardWindow {
    private final WizardModel model;
    private final Map<Step, StepPage> pages = new EnumMap<>(Step.class);
    private final BorderPane root = new BorderPane();
    private final StepList steps;
    private final ScrollPane center = new ScrollPane();
    final Button back = new Button("_Back");
    final Button next = new Button("_Next");
    final Button cancel = new Button("Cancel");
    private final Runnable close;

    public WizardWindow(WizardModel model, Iterable<StepPage> stepPages, Runnable close) {
        this.model = model;
        this.close = close;
        this.steps = new StepList(model);
        for (StepPage p : stepPages) {
            pages.put(p.step(), p);
        }
        root.getStyleClass().add("wizard");
        // Theme colours, not the scene's default white, so the dark theme is dark everywhere.
        root.setStyle("-fx-background-color: -color-bg-default;");
        root.setTop(banner());
        root.setLeft(stepList());
        center.setFitToWidth(true);
        center.getStyleClass().add("edge-to-edge");
        root.setCenter(center);
        root.setBottom(buttons());
        model.shownProperty().addListener((o, was, step) -> {
            if (was != null && pages.containsKey(was)) {
                pages.get(was).left();
            }
            show(step);
        });
        model.revisionProperty().addListener((o, a, b) -> steps.refresh());
        model.onboardingProperty().addListener((o, a, b) -> steps.refresh());
        show(model.shownProperty().get());
    }

    public Parent root() {
        return root;
    }

    private Node banner() {
        VBox top = new VBox();
        Label title = new Label("Hub Onboard");
        title.getStyleClass().add("title-3");
        Label subtitle = new Label("Connect a Docker Hub organization to Microsoft Defender for Containers");
        subtitle.getStyleClass().add("text-muted");
        VBox heading = new VBox(2, title, subtitle);
        heading.setPadding(new Insets(12, 16, 12, 16));
        top.getChildren().add(heading);
        if (model.context().isPractice()) {
            Label practice = new Label("Practice mode: everything here runs against the practice Hub on this "
                    + "computer. Nothing reaches Docker Hub.");
            practice.setId("practice-banner");
            practice.setMaxWidth(Double.MAX_VALUE);
            practice.setWrapText(true);
            practice.setPadding(new Insets(6, 16, 6, 16));
            practice.setStyle("-fx-background-color: -color-warning-muted; -fx-text-fill: -color-warning-fg;");
            top.getChildren().add(practice);
        }
        return top;
    }

    private Node stepList() {
        VBox box = new VBox(8, steps.view());
        VBox.setVgrow(steps.view(), Priority.ALWAYS);
        model.context().practice().ifPresent(p -> box.getChildren().add(
                new dev.hubonboard.ui.steps.PracticePanel(model, p, pages::get).view()));
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private Node buttons() {
        Label activity = new Label();
        activity.setId("activity");
        activity.textProperty().bind(Bindings.when(model.busyProperty()).then(model.activityProperty())
                .otherwise(model.noticeProperty()));
        activity.setWrapText(true);
        HBox status = new HBox(8, activity);
        status.setAlignment(Pos.CENTER_LEFT);
        // The spinner is made when work first starts: its skin (a dozen animated segments) would slow the first window.
        Runnable addSpinner = () -> {
            ProgressIndicator spinner = new ProgressIndicator();
            spinner.setPrefSize(18, 18);
            spinner.visibleProperty().bind(model.busyProperty());
            spinner.managedProperty().bind(spinner.visibleProperty());
            status.getChildren().addFirst(spinner);
        };
        if (model.busyProperty().get()) {
            addSpinner.run();
        } else {
            model.busyProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    model.busyProperty().removeListener(this);
                    addSpinner.run();
                }
            });
        }
        HBox.setHgrow(status, Priority.ALWAYS);

        back.setId("back");
        next.setId("next");
        cancel.setId("cancel");
        next.setDefaultButton(true);
        cancel.setCancelButton(true);
        next.getStyleClass().add("accent");
        back.setOnAction(e -> back());
        next.setOnAction(e -> next());
        cancel.setOnAction(e -> cancel());
        ButtonBar.setButtonData(back, ButtonBar.ButtonData.BACK_PREVIOUS);
        ButtonBar.setButtonData(next, ButtonBar.ButtonData.NEXT_FORWARD);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        cancel.textProperty().bind(Bindings.when(model.busyProperty()).then("Stop").otherwise("Close"));
        cancel.setAccessibleHelp("While work runs, stops it; otherwise closes the window. Progress is saved.");
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(back, next, cancel);
        HBox bottom = new HBox(12, status, bar);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(10, 16, 12, 16));
        bottom.getStyleClass().add("wizard-buttons");
        return bottom;
    }

    private void show(Step step) {
        StepPage page = pages.get(step);
        if (page == null) {
            return; // every step has a page in the app; tests may build a shorter wizard
        }
        Node view = page.view();
        if (view instanceof Region r) {
            r.setPadding(new Insets(16, 24, 16, 24));
        }
        center.setContent(view);
        steps.refresh();
        back.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> step.ordinal() == 0)));
        next.disableProperty().bind(model.busyProperty().or(Bindings.not(page.canProceed())));
        next.setText(step == Step.FINISH ? "_Done" : "_Next");
        page.shown();
        javafx.application.Platform.runLater(() -> page.focusTarget().requestFocus());
    }

    private void back() {
        Step s = model.shownProperty().get();
        if (s.ordinal() > 0 && pages.containsKey(Step.values()[s.ordinal() - 1])) {
            model.shownProperty().set(Step.values()[s.ordinal() - 1]);
        }
    }

    private void next() {
        Step s = model.shownProperty().get();
        if (!pages.containsKey(s)) {
            return;
        }
        pages.get(s).proceed(() -> {
            if (s == Step.FINISH) {
                close.run();
                return;
            }
            Step following = Step.values()[s.ordinal() + 1];
            if (model.canShow(following)) {
                model.shownProperty().set(following);
            } else {
                model.showCurrent();
            }
        });
    }

    private void cancel() {
        if (model.busyProperty().get()) {
            model.cancelWork();
        } else {
            close.run();
        }
    }
}
