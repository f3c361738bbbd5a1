package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.ui.connector.ConnectorExportDialog;
import dev.hubonboard.ui.connector.CreateConnectorDialog;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Connections home screen: a card per saved organization, side by side, with its health and actions; New
 * onboarding at the top; what runs (with Stop) at the bottom. Nodes and bindings only; the rules are
 * {@link ConnectionsModel}'s. Node ids carry the organization ({@code #retest-acme-corp}) for tests and tools.
 */
public final class ConnectionsView {
    private final ConnectionsModel model;
    private final Consumer<Onboarding> resume;
    private final Runnable newOnboarding;
    private final BorderPane root = new BorderPane();
    private final FlowPane cards = new FlowPane(16, 16);
    private final VBox problems = new VBox(6);
    private final Label empty = Forms.text("No saved onboardings yet. Start one with New onboarding.");
    private Function<String, Optional<Path>> exportChooser;
    private Function<String, Optional<Path>> listChooser;
    private final Predicate<String> confirm = ConnectionsView::confirmWithAlert;
    /** Quit: Ctrl+Q (Cmd+Q on macOS) anywhere in the app, and the button on Connections. */
    public static final javafx.scene.input.KeyCombination QUIT = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Q, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private final Button quitButton = new Button("_Quit");

    /**
     * @param resume        opens the wizard on an unfinished onboarding
     * @param newOnboarding opens the wizard on a new onboarding
     */
    public ConnectionsView(ConnectionsModel model, Consumer<Onboarding> resume, Runnable newOnboarding) {
        this.model = model;
        this.resume = resume;
        this.newOnboarding = newOnboarding;
        root.setId("connections");
        root.setTop(heading());
        root.setCenter(center());
        root.setBottom(status());
        model.rows().addListener(rowsChanged);
        model.problems().addListener(problemsChanged);
        rebuild();
        showProblems();
    }

    private final ListChangeListener<ConnectionRow> rowsChanged = c -> rebuild();
    private final ListChangeListener<String> problemsChanged = c -> showProblems();

    /** The window shows the wizard instead: stop listening to the model, which outlives this view. */
    public void dispose() {
        model.rows().removeListener(rowsChanged);
        model.problems().removeListener(problemsChanged);
    }

    public Parent root() {
        return root;
    }

    /** Where Export connector… saves; by default a file chooser over this window. */
    /** Where "Save repository list…" asks for the file (tests answer without a dialog). */
    public ConnectionsView listChooser(Function<String, Optional<Path>> chooser) {
        this.listChooser = chooser;
        return this;
    }

    /** What Quit does (the app closes its window); without it the button is not shown. */
    public ConnectionsView quit(Runnable quit) {
        quitButton.setOnAction(e -> quit.run());
        quitButton.setVisible(true);
        quitButton.setManaged(true);
        return this;
    }

    public ConnectionsView exportChooser(Function<String, Optional<Path>> chooser) {
        this.exportChooser = chooser;
        return this;
    }

    private Node heading() {
        Label title = new Label("Connections");
        title.getStyleClass().add("title-2");
        Label subtitle = new Label("Docker Hub organizations onboarded to Microsoft Defender for Containers on this "
                + "computer");
        subtitle.getStyleClass().add("text-muted");
        subtitle.setWrapText(true);
        VBox text = new VBox(2, title, subtitle);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button add = new Button("_New onboarding");
        add.setId("new-onboarding");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> newOnboarding.run());
        quitButton.setId("quit");
        quitButton.setTooltip(new javafx.scene.control.Tooltip("Quit Hub Onboard (" + QUIT.getDisplayText() + ")"));
        quitButton.setAccessibleHelp("Quits Hub Onboard; progress is saved, tokens are kept only in the keychain");
        quitButton.setVisible(false);
        quitButton.setManaged(false);
        HBox top = new HBox(12, text, add, quitButton);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 12, 16));
        VBox box = new VBox(top);
        if (model.context().isPractice()) {
            box.getChildren().add(Styles.practiceBanner("Practice mode: only the practice organization is listed; "
                    + "everything runs against the practice Hub on this computer."));
            Button create = new Button("Create a practice _token");
            create.setId("practice-create-token");
            create.setAccessibleHelp("As the dedicated user, create a Read-only token to try Rotate token with.");
            create.setOnAction(e -> model.createPracticeToken());
            javafx.scene.control.TextField shown = new javafx.scene.control.TextField();
            shown.setId("practice-token");
            shown.setEditable(false);
            shown.textProperty().bind(model.practiceToken);
            HBox.setHgrow(shown, Priority.ALWAYS);
            HBox practiceRow = new HBox(8, create, Forms.showWhen(shown, model.practiceToken.isNotEmpty()),
                    Forms.showWhen(dev.hubonboard.ui.kit.CopyButton.of("the practice token", model.practiceToken::get),
                            model.practiceToken.isNotEmpty()));
            practiceRow.setPadding(new Insets(6, 16, 0, 16));
            box.getChildren().add(practiceRow);
        }
        return box;
    }

    private Node center() {
        problems.setId("load-problems");
        problems.managedProperty().bind(Bindings.isNotEmpty(problems.getChildren()));
        problems.visibleProperty().bind(problems.managedProperty());
        empty.setId("connections-empty");
        Forms.showWhen(empty, Bindings.isEmpty(model.rows()).and(model.loadedProperty()));
        cards.setId("connection-cards");
        VBox content = new VBox(12, problems, empty, cards);
        content.setPadding(new Insets(8, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node status() {
        Button stop = new Button("Stop");
        stop.setId("connections-stop");
        stop.setAccessibleHelp("Stops the running re-test, rotation or removal; each says what it came to.");
        Forms.showWhen(stop, model.busyProperty());
        stop.setOnAction(e -> model.cancel());
        HBox bottom = Forms.status(model, "connections-status");
        bottom.getChildren().add(stop);
        bottom.setPadding(new Insets(10, 16, 12, 16));
        return bottom;
    }

    private void showProblems() {
        problems.getChildren().setAll(model.problems().stream().map(p -> {
            Label l = Forms.text(p);
            Styles.tone(l, Tone.DANGER);
            return (Node) l;
        }).toList());
    }

    private void rebuild() {
        cards.getChildren().setAll(model.rows().stream().map(this::card).toList());
    }

    private Node card(ConnectionRow row) {
        String org = row.organization();
        Label name = new Label(org);
        name.getStyleClass().add("title-4");
        Label dockerId = new Label("Docker ID: " + row.dockerId().orElse("not entered yet"));
        dockerId.setId("docker-id-" + org);
        Label progress = new Label(row.progress());
        progress.setId("progress-" + org);
        Styles.tone(progress, row.finished() ? Tone.SUCCESS : Tone.WARNING);

        Label lastTest = Forms.label("last-test-" + org, Bindings.createStringBinding(() -> "Last test: "
                + row.lastTestProperty().get().describe(model.clock().getZone()), row.lastTestProperty()));
        Styles.tone(lastTest, row.lastTestProperty(), t -> Tone.of(t.state()));

        Label expiry = Forms.label("expiry-" + org, Bindings.createStringBinding(() -> row.expiryProperty().get().describe(),
                row.expiryProperty()));
        Styles.tone(expiry, row.expiryProperty(), e -> Tone.of(e.level()));

        Label defender = Forms.label("defender-" + org, row.defenderProperty());

        Label message = Forms.label("message-" + org, row.messageProperty());
        Styles.tone(message, row.toneProperty(), t -> t);
        message.managedProperty().bind(row.messageProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Forms.showWhen(spinner, row.busyProperty());
        HBox messageRow = new HBox(6, spinner, message);

        Button retest = button("Re-test", "retest-" + org, "Runs the connection test with the token saved in the keychain");
        retest.disableProperty().bind(row.busyProperty().or(Bindings.createBooleanBinding(() -> !row.canTest())));
        retest.setOnAction(e -> model.retest(row));
        Button rotate = button("Rotate token", "rotate-" + org, "Tests a new token and replaces the saved one if it passes");
        rotate.disableProperty().bind(retest.disableProperty());
        rotate.setOnAction(e -> RotateTokenDialog.show(window(), model.rotation(row)));
        Button export = button("Export connector…", "export-" + org,
                "Saves the Defender for Cloud connector as an ARM template, Bicep file or az rest script");
        export.setDisable(row.dockerId().isEmpty());
        export.setOnAction(e -> ConnectorExportDialog.show(window(), row.onboarding(),
                exportChooser != null ? exportChooser : ConnectorExportDialog.fileChooser(window())));
        Button saveList = button("Save repository list…", "save-list-" + org,
                "Writes the private repositories the owner listed as a file for check --repositories");
        saveList.disableProperty().bind(row.busyProperty());
        saveList.setOnAction(e -> model.saveRepositoryList(row, (listChooser != null ? listChooser
                : listFileChooser(window())).apply(org + "-repositories.txt").orElse(null)));
        Button connector = button("Create the connector in Defender for Cloud…", "create-connector-" + org,
                "Writes Defender for Cloud's Docker Hub connector with the saved token, signed in with your Azure CLI");
        // Once one was written from here, the card offers Update (the dialog finds it and updates it in place).
        connector.textProperty().bind(javafx.beans.binding.Bindings.when(row.defenderSavedProperty())
                .then("Update the connector in Defender for Cloud…").otherwise("Create the connector in Defender for Cloud…"));
        connector.disableProperty().bind(retest.disableProperty());
        connector.setOnAction(e -> CreateConnectorDialog.show(window(), model.connectorModel(row)));
        Button remove = button("Remove", "remove-" + org, "Deletes the saved token and progress of this organization");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(row.busyProperty());
        remove.setOnAction(e -> {
            if (confirm.test(removeQuestion(row))) {
                model.remove(row);
            }
        });
        FlowPane actions = new FlowPane(8, 8);
        if (!row.finished()) {
            Button resumeButton = button("Resume", "resume-" + org, "Opens the wizard where this onboarding stopped");
            resumeButton.getStyleClass().add("accent");
            resumeButton.disableProperty().bind(row.busyProperty());
            resumeButton.setOnAction(e -> resume.accept(row.onboarding()));
            actions.getChildren().add(resumeButton);
        }
        if (row.finished()) { // an unfinished onboarding has no token of its own yet: Resume is what it offers
            actions.getChildren().addAll(retest, rotate, connector);
        }
        actions.getChildren().addAll(export, saveList, remove);

        VBox card = new VBox(6, name, dockerId, progress, lastTest, expiry, defender, messageRow, actions);
        card.setId("card-" + org);
        card.getStyleClass().add("card");
        card.setPrefWidth(440);
        card.setMinWidth(Region.USE_PREF_SIZE);
        card.setAccessibleText(org + ", " + row.progress());
        return card;
    }

    private static Function<String, Optional<Path>> listFileChooser(javafx.stage.Window owner) {
        return suggested -> {
            javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
            fc.setTitle("Save the repository list");
            fc.setInitialFileName(suggested);
            return Optional.ofNullable(fc.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }

    private static Button button(String text, String id, String help) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleHelp(help);
        b.setTooltip(new javafx.scene.control.Tooltip(help));
        return b;
    }

    static String removeQuestion(ConnectionRow row) {
        return "Remove " + row.organization() + " from this computer? The token saved in the keychain"
                + row.secretKey().map(k -> " for " + k.account()).orElse("") + " and the saved progress are deleted. "
                + "The connector in Defender for Cloud, the dedicated user and its token in Docker Hub are not changed.";
    }

    static final ButtonType REMOVE = new ButtonType("_Remove", ButtonBar.ButtonData.OK_DONE);

    private static boolean confirmWithAlert(String question) {
        return removeAlert(question).showAndWait().filter(b -> b == REMOVE).isPresent();
    }

    /** The Remove confirmation: Cancel is the default, so Enter never deletes. */
    static Alert removeAlert(String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, REMOVE, ButtonType.CANCEL);
        alert.setHeaderText("Remove this organization?");
        Button remove = (Button) alert.getDialogPane().lookupButton(REMOVE);
        remove.setId("confirm-remove");
        remove.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
