package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.check.CheckId;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.wizard.BasicStepPage;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.wizard.steps.ConnectionTestModel.Row;
import dev.hubonboard.ui.wizard.steps.ConnectionTestModel.RowState;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/** Step 5: the connection test, one row per check, with Re-run and Save report. */
public final class ConnectionTestPage extends BasicStepPage {
    private final ConnectionTestModel model;
    private final Button rerun = new Button("_Re-run");
    /** Asks where to save the report; null when the user cancels. Tests replace it to skip the dialog. */
    private Function<Window, Path> chooser;

    public ConnectionTestPage(WizardModel wizard) {
        super(Step.CONNECTION_TEST);
        this.model = wizard.model(Step.CONNECTION_TEST, ConnectionTestModel.class);
        this.chooser = w -> chooseFile(w, model.suggestedFileName());

        VBox rows = new VBox(10);
        rows.setId("check-rows");
        for (CheckId id : CheckId.values()) {
            rows.getChildren().add(row(model.row(id)));
        }

        Label waiting = Forms.line("check-waiting", model.waiting);
        Styles.tone(waiting, Tone.WARNING);

        Label summary = Forms.label("check-summary", model.summary);
        Label repositories = Forms.line("check-repository-words", model.repositories);
        summary.getStyleClass().add("text-bold");
        summary.setFocusTraversable(false);

        rerun.setId("check-rerun");
        rerun.setAccessibleHelp("Runs every check again with the same Docker ID and token.");
        rerun.setOnAction(e -> model.run());
        rerun.disableProperty().bind(model.running.or(model.tokenMissing));
        Button save = new Button("_Save report…");
        save.setId("check-save");
        save.setAccessibleHelp("Saves the report as JSON or Markdown. It never contains the token.");
        save.setOnAction(e -> model.saveReport(chooser.apply(save.getScene() == null ? null : save.getScene().getWindow())));
        save.disableProperty().bind(model.report.isNull().or(model.running));
        Button back = new Button("Enter the token a_gain");
        back.setId("check-enter-token");
        back.setOnAction(e -> model.enterTokenAgain());
        Forms.showWhen(back, model.tokenMissing);
        Button newToken = new Button("Enter a _new token");
        newToken.setId("check-new-token");
        newToken.setAccessibleHelp("Goes to step 4 to enter a new token; the test then runs with it.");
        newToken.setOnAction(e -> model.enterNewToken());
        Forms.showWhen(newToken, model.needsNewToken.and(model.running.not()));
        HBox buttons = new HBox(8, rerun, newToken, save, back);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label saved = Forms.line("check-saved", model.saved);

        VBox view = new VBox(16,
                Forms.heading("Test the connection"),
                Forms.text("The wizard signs in as the dedicated user with the token, lists the organization's "
                        + "repositories, asks to pull every private one and to push to one (which a Read-only token "
                        + "must be refused), and reads one manifest. Nothing is pulled, pushed or changed."),
                rows, waiting, summary, repositories, buttons, saved);
        content(view);
    }

    /** A check's row: icon or spinner, its title, the outcome as a word, the summary and the fix. */
    private Node row(Row r) {
        String key = "check-" + r.id().id();
        Label icon = new Label();
        icon.textProperty().bind(Bindings.createStringBinding(() -> r.state().glyph(), r.state));
        icon.getStyleClass().add("check-icon");
        Styles.tone(icon, r.state, ConnectionTestPage::tone);
        icon.visibleProperty().bind(r.state.isNotEqualTo(RowState.RUNNING));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.setMaxSize(18, 18);
        spinner.visibleProperty().bind(r.state.isEqualTo(RowState.RUNNING));
        StackPane mark = new StackPane(icon, spinner);
        mark.setMinWidth(24);
        mark.setAlignment(Pos.TOP_CENTER);

        Label title = new Label(r.id().title());
        title.getStyleClass().add("text-bold");
        Label status = new Label();
        status.setId(key + "-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> r.state().word(), r.state));
        Styles.tone(status, r.state, ConnectionTestPage::tone);
        HBox heading = new HBox(8, title, status);
        Label summary = Forms.line(key + "-summary", r.summary);
        Label fix = Forms.label(key + "-remediation", Bindings.createStringBinding(() -> r.remediation().isEmpty() ? ""
                : "What to do: " + r.remediation(), r.remediation));
        Forms.showWhen(fix, Bindings.isNotEmpty(r.remediation));
        VBox text = new VBox(2, heading, summary, fix);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, mark, text);
        row.setId(key);
        row.setFocusTraversable(true); // screen readers walk the rows with Tab
        row.getStyleClass().add("check-row");
        row.accessibleTextProperty().bind(Bindings.createStringBinding(() -> r.id().title() + ": "
                + r.state().word() + (r.summary().isEmpty() ? "" : ". " + r.summary())
                + (r.remediation().isEmpty() ? "" : ". What to do: " + r.remediation()),
                r.state, r.summary, r.remediation));
        return row;
    }

    private static Tone tone(RowState s) {
        return switch (s) {
            case PASS -> Tone.SUCCESS;
            case WARN -> Tone.WARNING;
            case FAIL -> Tone.DANGER;
            default -> Tone.MUTED;
        };
    }

    private static Path chooseFile(Window owner, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the connection test report");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("JSON (*.json)", "*.json");
        FileChooser.ExtensionFilter markdown = new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md");
        chooser.getExtensionFilters().addAll(json, markdown);
        chooser.setInitialFileName(suggested); // the organization and the time, in the home folder
        File home = new File(System.getProperty("user.home", "."));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        String name = file.getName();
        if (!name.contains(".")) {
            file = new File(file.getParentFile(), name + (chooser.getSelectedExtensionFilter() == markdown ? ".md" : ".json"));
        }
        return file.toPath();
    }

    /** Tests: answer the save dialog with this function instead of showing it. */
    void chooser(Function<Window, Path> choose) {
        this.chooser = Objects.requireNonNull(choose);
    }

    ConnectionTestModel model() {
        return model;
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public Node focusTarget() {
        return rerun;
    }
}
