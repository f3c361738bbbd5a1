package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.HubScenario;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.ui.kit.CopyButton;
import dev.hubonboard.ui.wizard.WizardModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Under the step list in practice mode: buttons that play the dedicated user's part in the practice Hub. */
public final class PracticePanel {
    private final TitledPane pane;
    private final PracticeModel model;

    public PracticePanel(WizardModel wizard, PracticeHub practice) {
        model = new PracticeModel(wizard, practice);

        Button fill = button("Fill in practice _values", "practice-fill",
                "Fills step 1 with the practice organization, its access token and the dedicated user's e-mail.");
        fill.setOnAction(e -> model.fillPrerequisites());
        fill.disableProperty().bind(wizard.shownProperty().isNotEqualTo(Step.PREREQUISITES));
        Button signIn = button("Sign in as the owne_r", "practice-sign-in",
                "Signs the owner in with the practice organization access token, as after a restart of the app.");
        signIn.setOnAction(e -> model.signInOwner());
        signIn.disableProperty().bind(wizard.onboardingProperty().isNull()
                .or(wizard.shownProperty().isEqualTo(Step.PREREQUISITES)).or(wizard.busyProperty())
                .or(wizard.session().ownerSignedInProperty()));
        Button verify = button("Verify _e-mail", "practice-verify",
                "As the dedicated user, click the link in the verification e-mail.");
        verify.setOnAction(e -> model.verifyEmail());
        Button accept = button("Accept _invite", "practice-accept", "As the dedicated user, accept the invite.");
        accept.setOnAction(e -> model.acceptInvite());

        ComboBox<PracticeModel.ScopeChoice> scope = new ComboBox<>();
        scope.getItems().setAll(PracticeModel.ScopeChoice.values());
        scope.valueProperty().bindBidirectional(model.scope);
        scope.setId("practice-scope");
        scope.setAccessibleText("Access permissions of the practice token");
        scope.setMaxWidth(Double.MAX_VALUE);
        Label scopeLabel = new Label("Access _permissions");
        scopeLabel.setMnemonicParsing(true);
        scopeLabel.setLabelFor(scope);
        Button create = button("Create _token…", "practice-create-token",
                "As the dedicated user, create a personal access token with the chosen permissions.");
        create.setOnAction(e -> model.createToken());

        TextField token = new TextField();
        token.setId("practice-token");
        token.setEditable(false);
        token.textProperty().bind(model.token);
        token.setAccessibleText("The practice token, shown once");
        HBox tokenRow = new HBox(4, token, CopyButton.of("the practice token", model.token::get));
        HBox.setHgrow(token, Priority.ALWAYS);
        Label note = new Label("A practice token: it only works against the practice Hub on this computer.");
        note.setWrapText(true);
        note.getStyleClass().add("text-small");
        VBox tokenBox = new VBox(4, tokenRow, note);
        Forms.showWhen(tokenBox, Bindings.isNotEmpty(model.token));

        ComboBox<HubScenario> scenario = new ComboBox<>();
        scenario.getItems().setAll(HubScenario.values());
        scenario.valueProperty().bindBidirectional(model.scenario);
        scenario.setId("practice-scenario");
        scenario.setAccessibleText("Docker Hub scenario to rehearse");
        scenario.setMaxWidth(Double.MAX_VALUE);
        Label scenarioLabel = new Label("Rehearse a Docker Hub case");
        scenarioLabel.setLabelFor(scenario);
        Button setUp = button("Set _up the practice Hub", "practice-scenario-set-up",
                "Sets the practice Hub up as Docker Hub behaves in the chosen case and makes a token for it.");
        setUp.setOnAction(e -> model.setUpScenario());
        javafx.scene.control.Tooltip described = new javafx.scene.control.Tooltip();
        described.textProperty().bind(Bindings.createStringBinding(() -> model.scenario.get() == null ? ""
                : model.scenario.get().models(), model.scenario));
        described.setWrapText(true);
        described.setMaxWidth(320);
        scenario.setTooltip(described);

        Label message = Forms.label("practice-message", model.message);
        Styles.tone(message, model.tone, t -> t);

        HBox user = new HBox(6, verify, accept);
        user.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox box = new VBox(6, fill, signIn, new Label("As " + practice.dedicatedUsername() + " (" + practice.dedicatedEmail()
                + "):"), user, scopeLabel, scope, create, scenarioLabel, scenario, setUp, tokenBox, message);
        for (Label l : new Label[] {(Label) box.getChildren().get(2), note, message}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE); // wrap to more lines instead of cutting the text short
        }
        // As wide as the step list above it: long messages wrap instead of widening the column.
        box.setPrefWidth(250);
        box.setMaxWidth(250);
        // The panel's content scrolls inside it, under its title: the step list above it never scrolls away.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setId("practice-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinHeight(0);
        scroll.getStyleClass().add("edge-to-edge");
        pane = new TitledPane("Practice: play the dedicated user", scroll);
        pane.setMaxWidth(Double.MAX_VALUE);
        pane.setMaxHeight(Double.MAX_VALUE);
        pane.setMinHeight(0);
        pane.setPrefWidth(250);
        pane.setId("practice-panel");
        pane.setExpanded(true);
        pane.setAccessibleText("Practice: play the dedicated user");
    }

    private static Button button(String text, String id, String help) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleHelp(help);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }

    public void dispose() {
        model.dispose();
    }

    public Node view() {
        return pane;
    }
}
