package dev.hubonboard.ui.connections;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Styles.Tone;
import dev.hubonboard.ui.kit.Forms;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "Rotate token": the new token (masked), its expiry, Test and replace, and what came of it. The old token is
 * replaced only when the new one passes the connection test ({@link RotationModel}).
 */
public final class RotateTokenDialog {
    private RotateTokenDialog() {
    }

    /** Opens the dialog without waiting; closing it stops a running test and drops the typed token. */
    public static Dialog<Void> show(Window owner, RotationModel model) {
        ConnectionRow row = model.row();
        Label intro = Forms.text("Paste the new Read-only personal access token of " + row.dockerId().orElse("?")
                + " for " + row.organization() + ". It is tested first; the saved token is replaced only if every "
                + "check passes, and a token that can push is refused.");

        PasswordField token = new PasswordField();
        token.setId("rotate-token");
        token.textProperty().bindBidirectional(model.token);
        VBox tokenField = Forms.field("New _access token", "Sign in to Docker Hub as " + row.dockerId().orElse("?")
                + ", Account settings, Personal access tokens, with \"Read-only\" access.", token,
                model.verdict, null);

        DatePicker expiry = new DatePicker();
        expiry.setId("rotate-expiry");
        dev.hubonboard.ui.kit.Dates.use(expiry);
        expiry.valueProperty().bindBidirectional(model.expiry);
        Label expiryTitle = new Label("_Expires on (optional)");
        expiryTitle.setMnemonicParsing(true);
        expiryTitle.setLabelFor(expiry);
        Label expiryHelp = new Label("The expiry chosen when the token was created; empty for no expiry. "
                + "Connections warns 30 days ahead.");
        expiryHelp.setWrapText(true);
        expiryHelp.getStyleClass().addAll("text-small", "text-muted");
        VBox expiryField = new VBox(4, expiryTitle, expiry, expiryHelp);

        Button test = new Button("_Test and replace");
        test.setId("rotate-test");
        test.getStyleClass().add("accent");
        test.setDefaultButton(true);
        test.disableProperty().bind(model.canTest.not()
                .or(model.result.isEqualTo(RotationModel.Result.REPLACED)));
        test.setOnAction(e -> model.testAndReplace());
        Button stop = new Button("Stop");
        stop.setId("rotate-stop");
        Forms.showWhen(stop, model.running);
        stop.setOnAction(e -> model.cancel());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Forms.showWhen(spinner, model.running);
        Button updateDefender = new Button("_Update Defender's connector");
        updateDefender.setId("rotate-update-defender");
        updateDefender.setAccessibleHelp("Writes the new token into the connector Hub Onboard created in Defender for "
                + "Cloud, signed in with your Azure CLI");
        Forms.showWhen(updateDefender, model.offerDefenderUpdate);
        updateDefender.disableProperty().bind(model.running);
        updateDefender.setOnAction(e -> model.updateDefender());
        Button copy = new Button("_Copy the new token");
        copy.setId("rotate-copy");
        copy.setAccessibleHelp("For Defender for Cloud's connector; the clipboard is cleared after 60 seconds.");
        copy.setOnAction(e -> model.copyNewToken());
        Forms.showWhen(copy, model.result.isEqualTo(RotationModel.Result.REPLACED));
        HBox actions = new HBox(8, test, updateDefender, stop, spinner, copy);

        Label outcome = Forms.label("rotate-outcome", model.outcome);
        Styles.tone(outcome, model.result, r -> switch (r) {
            case REPLACED -> Tone.SUCCESS;
            case REFUSED, FAILED -> Tone.DANGER;
            case NONE -> Tone.PLAIN;
        });

        for (Label l : new Label[] {intro, expiryHelp, outcome}) {
            l.setMinHeight(Region.USE_PREF_SIZE); // wrapped text in a dialog: grow, do not cut with "…"
        }
        tokenField.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
        });
        VBox content = new VBox(12, intro, tokenField, expiryField, actions, outcome);
        content.setPadding(new Insets(12));
        content.setPrefWidth(560);
        content.setId("rotate-token-dialog");

        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle("Rotate the token for " + row.organization());
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(Styles.SHEET);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnHidden(e -> {
            model.cancel();
            model.forget();
        });
        // the outcome can run to several lines: let the window grow with it
        model.outcome.addListener((o, a, b) -> dev.hubonboard.ui.task.NextPulse.then(() -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        dialog.show();
        dev.hubonboard.ui.task.NextPulse.then(token::requestFocus);
        return dialog;
    }
}
