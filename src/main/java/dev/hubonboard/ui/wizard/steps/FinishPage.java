package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.wizard.BasicStepPage;
import dev.hubonboard.ui.connector.ConnectorExportDialog;
import dev.hubonboard.ui.connector.CreateConnectorDialog;
import dev.hubonboard.ui.wizard.WizardModel;
import dev.hubonboard.ui.wizard.steps.FinishModel.Keychain;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Step 6: the token goes into the keychain, and the values for Defender for Cloud's Docker Hub connector. */
public final class FinishPage extends BasicStepPage {
    private final FinishModel model;
    private final Button copyToken = new Button("Copy _token");

    public FinishPage(WizardModel wizard) {
        super(Step.FINISH);
        this.model = wizard.model(Step.FINISH, FinishModel.class);

        Label keychain = Forms.label("keychain-status", Bindings.createStringBinding(() -> mark(model.keychain.get())
                + model.keychainText.get(), model.keychain, model.keychainText));
        Styles.tone(keychain, model.keychain, k -> switch (k) {
            case SAVED -> Tone.SUCCESS;
            case UNAVAILABLE, FAILED, TOKEN_MISSING -> Tone.DANGER;
            case NOT_KEPT -> Tone.WARNING;
            default -> Tone.PLAIN;
        });
        Button retry = new Button("Try _again");
        retry.setId("keychain-retry");
        retry.setOnAction(e -> model.save());
        Forms.showWhen(retry, model.mayFinishWithoutSaving());
        Button without = new Button("Finish _without saving");
        without.setId("finish-without-saving");
        without.setAccessibleHelp("The token is not kept on this computer; it is forgotten when you press Done.");
        without.setOnAction(e -> model.finishWithoutSaving());
        Forms.showWhen(without, model.mayFinishWithoutSaving());
        Button enterAgain = new Button("Enter the token a_gain");
        enterAgain.setId("finish-enter-token");
        enterAgain.setOnAction(e -> model.enterTokenAgain());
        Forms.showWhen(enterAgain, model.keychain.isEqualTo(Keychain.TOKEN_MISSING));
        HBox keychainButtons = new HBox(8, retry, without, enterAgain);

        GridPane values = new GridPane();
        values.setHgap(8);
        values.setVgap(8);
        values.setId("connector-values");
        Button copyOrg = new Button("Copy _organization");
        copyOrg.setId("copy-organization");
        copyOrg.setOnAction(e -> model.copyOrganization());
        Button copyId = new Button("Copy Docker _ID");
        copyId.setId("copy-docker-id");
        copyId.setOnAction(e -> model.copyDockerId());
        copyToken.setId("copy-token");
        copyToken.setAccessibleHelp("Puts the token on the clipboard for 60 seconds.");
        copyToken.setOnAction(e -> model.copyToken());
        copyToken.disableProperty().bind(model.keychain.isEqualTo(Keychain.TOKEN_MISSING));
        TextField org = value("connector-organization", "Organization");
        org.textProperty().bind(model.organization);
        TextField id = value("connector-docker-id", "Docker ID");
        id.textProperty().bind(model.dockerId);
        values.addRow(0, label("Organization", org), org, copyOrg);
        values.addRow(1, label("Docker ID (user name, not the e-mail)", id), id, copyId);
        values.addRow(2, label("Access token", copyToken), Forms.text("The Read-only token you entered (not shown)."),
                copyToken);
        // Labels and buttons keep their full text; the value column takes what is left.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(160);
        javafx.scene.layout.ColumnConstraints buttons = new javafx.scene.layout.ColumnConstraints();
        buttons.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        values.getColumnConstraints().setAll(labels, fields, buttons);
        Label copied = Forms.label("copy-message", model.copied);

        Hyperlink defender = new Hyperlink("Open Defender for Cloud's _environment settings");
        defender.setMnemonicParsing(true);
        defender.setId("open-defender");
        defender.setAccessibleHelp("Opens " + FinishModel.DEFENDER_SETTINGS + " in your browser.");
        defender.setOnAction(e -> model.openDefender());

        // Or as code: the same connector as an ARM template, a Bicep file or an az rest script (never the token).
        Button export = new Button("_Export the connector as code…");
        export.setId("export-connector");
        export.setAccessibleHelp("Saves an ARM template, a Bicep file or an az rest script for the connector; the "
                + "token is asked for when it is deployed, never written into the file.");
        export.setOnAction(e -> {
            Window owner = export.getScene() == null ? null : export.getScene().getWindow();
            ConnectorExportDialog.show(owner, wizard.onboarding(),
                    ConnectorExportDialog.fileChooser(owner));
        });

        // Or straight from here: the connector written through Azure Resource Manager with the Azure CLI's sign-in.
        Button create = new Button("_Create the connector in Defender for Cloud…");
        create.setId("create-connector");
        // not "accent": Done is the page's one primary button
        create.setAccessibleHelp("Signs in with your Azure CLI, checks the subscription, shows the exact request with "
                + "the token masked, and writes the connector after the connection test passes once more.");
        create.disableProperty().bind(model.keychain.isEqualTo(Keychain.TOKEN_MISSING));
        create.setOnAction(e -> CreateConnectorDialog.show(create.getScene() == null ? null
                : create.getScene().getWindow(), model.connectorModel()));

        VBox view = new VBox(18,
                Forms.heading("Finish in Defender for Cloud"),
                Forms.section("The token on this computer", keychain, keychainButtons),
                Forms.section("What the Docker Hub connector asks for",
                        Forms.text("In the Azure portal: Microsoft Defender for Cloud > Environment settings > "
                                + "Add environment > Docker Hub. On the Configure access tab, enter:"),
                        values, copied,
                        Forms.text("Paste the token before you press Done: Done takes it off the clipboard.")),
                Forms.section("What happens next",
                        Forms.text("When the connector is created, the Docker Hub organization appears in Defender "
                                + "for Cloud's environment settings as \"Connected\". Defender for Containers then "
                                + "scans the private repositories; expect the first results within about an hour."),
                        create, defender, export));
        content(view);
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    private static TextField value(String id, String what) {
        TextField f = new TextField();
        f.setId(id);
        f.setEditable(false);
        f.setAccessibleText(what + " for the connector");
        f.setFocusTraversable(true);
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private static String mark(Keychain k) {
        return switch (k) {
            case SAVED -> "✓ ";
            case UNAVAILABLE, FAILED, TOKEN_MISSING -> "✕ ";
            case NOT_KEPT -> "! ";
            default -> "";
        };
    }

    FinishModel model() {
        return model;
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public Node focusTarget() {
        return copyToken;
    }
}
