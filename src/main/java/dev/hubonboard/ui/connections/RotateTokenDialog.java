package dev.hubonboard.ui.connections;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.ui.kit.Forms;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Rotate token": the new token (masked), its expiry, Test and replace, and what came of it. The old token is
 * replaced only when the new one passes the connection test ({@link RotationModel}).
 */
public final class RotateTokenDialog {
    private RotateTokenDialog() {
    }

    /**
     * Rotation finished: revoke the old token in Docker Hub, then prove it no longer works. Shown once the new token
     * is in place and there is an old one to retire.
     */
    private static VBox checklist(RotationModel model) {
        Label title = new Label("Finish the rotation");
        title.getStyleClass().add("title-4");
        Label revoke = Forms.text("1. Revoke the old token in Docker Hub.");
        Label hint = Forms.label("rotate-old-hint", model.oldTokenHint);
        hint.getStyleClass().addAll("text-small", "text-muted");
        javafx.scene.control.Hyperlink open = dev.hubonboard.ui.kit.Links.hyperlink("Open Docker Hub's personal access "
                + "tokens", RotationModel::tokensPage);
        open.setId("rotate-open-tokens");
        open.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane revokeRow = new javafx.scene.layout.FlowPane(8, 6, open); // wraps, never cuts
        if (model.row() != null && model.isPractice()) {
            Button practice = new Button("Revoke it in the practice Hub");
            practice.setId("rotate-practice-revoke");
            practice.setOnAction(e -> model.revokeInPractice());
            practice.setMinWidth(Region.USE_PREF_SIZE);
            practice.disableProperty().bind(model.oldToken.isEqualTo(RotationModel.OldToken.REFUSED)
                    .or(model.running));
            revokeRow.getChildren().add(practice);
        }
        Label check = Forms.text("2. Check that the old token no longer works.");
        Button checkButton = new Button("C_heck the old token");
        checkButton.setMinWidth(Region.USE_PREF_SIZE);
        checkButton.setId("rotate-check-old");
        checkButton.setOnAction(e -> model.checkOldToken());
        checkButton.disableProperty().bind(model.running.or(model.oldToken.isEqualTo(RotationModel.OldToken.REFUSED))
                .or(model.oldToken.isEqualTo(RotationModel.OldToken.NOT_KNOWN)));
        Label status = Forms.label("rotate-old-outcome", model.oldTokenOutcome);
        Styles.tone(status, model.oldToken, s -> switch (s) {
            case REFUSED -> Tone.SUCCESS;
            case STILL_WORKS, UNKNOWN, NOT_KNOWN -> Tone.WARNING;
            default -> Tone.PLAIN;
        });
        for (Label l : new Label[] {revoke, hint, check, status}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(6, title, revoke, hint, revokeRow, check, checkButton, status);
        box.setId("rotate-checklist");
        Forms.showWhen(box, model.oldToken.isNotEqualTo(RotationModel.OldToken.NONE));
        return box;
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
        model.expiryText.bind(expiry.getEditor().textProperty());
        Label expiryTitle = new Label("_Expires on (optional)");
        expiryTitle.setMnemonicParsing(true);
        expiryTitle.setLabelFor(expiry);
        Label expiryHelp = new Label();
        expiryHelp.setId("rotate-expiry-message");
        expiryHelp.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                !model.expiryProblem.get().isEmpty() ? model.expiryProblem.get()
                : !model.expiryWords.get().isEmpty() ? "Expires " + model.expiryWords.get() + ". Connections warns "
                + "30 days ahead."
                : "The expiry chosen when the token was created (e.g. " + dev.hubonboard.ui.kit.Dates.format(
                java.time.LocalDate.of(2027, 3, 1)) + ", or in 90 days); empty for no expiry. Connections warns 30 "
                + "days ahead.", model.expiryProblem, model.expiryWords));
        expiryHelp.setWrapText(true);
        expiryHelp.getStyleClass().add("text-small");
        Styles.tone(expiryHelp, model.expiryProblem, p -> p.isEmpty() ? Tone.MUTED : Tone.DANGER);
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
        // whole words always: the buttons keep their width and wrap to a second row rather than shrink to "Test and repl…"
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 8, test, updateDefender, stop,
                spinner, copy);
        for (Region r : new Region[] {test, updateDefender, stop, copy}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }

        Label outcome = Forms.label("rotate-outcome", model.outcome);
        Styles.tone(outcome, model.result, r -> switch (r) {
            case REPLACED -> Tone.SUCCESS;
            case REFUSED, FAILED -> Tone.DANGER;
            case NONE -> Tone.PLAIN;
        });

        VBox checklist = checklist(model);

        for (Label l : new Label[] {intro, expiryHelp, outcome}) {
            l.setMinHeight(Region.USE_PREF_SIZE); // wrapped text in a dialog: grow, do not cut with "…"
        }
        tokenField.getChildren().forEach(n -> {
            if (n instanceof Label l) {
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
        });
        VBox content = new VBox(12, intro, tokenField, expiryField, actions, outcome, checklist);
        content.setPadding(new Insets(12));
        content.setPrefWidth(560);
        content.setId("rotate-token-dialog");

        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("rotate-scroll");
        // taller than the screen (a long result, the checklist): it scrolls
        Dialog<Void> dialog = dev.hubonboard.ui.kit.DialogFit.closable(owner, "Rotate the token for " + row.organization(),
                scroll);
        dialog.setOnCloseRequest(e -> { // a new token that passed but is not in the keychain is asked about first
            if (model.wouldLoseAToken()) {
                e.consume();
                model.requestClose(new dev.hubonboard.ui.kit.KeepTokenDialog(() -> dialog.getDialogPane().getScene()
                        .getWindow()), dialog::close);
            }
        });
        dialog.setOnHidden(e -> {
            model.cancel();
            model.forget();
        });
        // the outcome and the checklist can run to several lines: the window grows with them, within the screen
        model.outcome.addListener((o, a, b) -> dev.hubonboard.ui.kit.DialogFit.refit(dialog));
        model.oldToken.addListener((o, a, b) -> {
            dev.hubonboard.ui.kit.DialogFit.refit(dialog);
            if (a == RotationModel.OldToken.NONE) { // the checklist appeared below: bring it into view
                dev.hubonboard.ui.task.NextPulse.then(() -> dev.hubonboard.ui.task.NextPulse.then(() -> scroll.setVvalue(
                        scroll.getVmax())));
            }
        });
        model.oldTokenOutcome.addListener((o, a, b) -> {
            dev.hubonboard.ui.kit.DialogFit.refit(dialog);
            dev.hubonboard.ui.task.NextPulse.then(() -> dev.hubonboard.ui.task.NextPulse.then(() -> scroll.setVvalue(
                    scroll.getVmax()))); // the checklist's last line, what the check found, in view
        });
        dialog.show();
        dev.hubonboard.ui.task.NextPulse.then(token::requestFocus);
        return dialog;
    }
}
