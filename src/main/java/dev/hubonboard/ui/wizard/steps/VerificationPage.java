package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.wizard.BasicStepPage;
import dev.hubonboard.ui.wizard.WizardModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.ZoneId;

/** Step 3: the dedicated user verifies its e-mail and accepts the invite; the wizard watches, or the owner ticks. */
public final class VerificationPage extends BasicStepPage {
    private final VerificationModel model;
    private final WizardModel wizard;
    private final Label lookLine = new Label();
    private final Button checkNow = new Button("_Check now");
    private final CheckBox verified = new CheckBox("The user has _verified its e-mail address");
    // Refreshes "next look in N s" once a second while the page is shown.
    private final Timeline clockTick = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> refreshLine()));

    public VerificationPage(WizardModel wizard) {
        super(Step.EMAIL_VERIFICATION);
        this.wizard = wizard;
        this.model = wizard.model(Step.EMAIL_VERIFICATION, VerificationModel.class);
        clockTick.setCycleCount(Animation.INDEFINITE);

        Label status = Forms.label("verification-status", model.status);
        Styles.tone(status, model.watch, w -> switch (w) {
            case ACCEPTED -> Tone.SUCCESS;
            case WRONG_ROLE, STOPPED -> Tone.WARNING;
            case GONE, ERROR -> Tone.DANGER;
            case IDLE, WAITING -> Tone.PLAIN;
        });
        lookLine.setId("look-line");
        lookLine.getStyleClass().add("text-muted");
        model.lastLook.addListener((o, a, b) -> refreshLine());
        model.nextLook.addListener((o, a, b) -> refreshLine());

        // API modes: the watch and what the owner can do about the invite.
        checkNow.setId("check-now");
        checkNow.setMnemonicParsing(true);
        checkNow.setAccessibleHelp("Looks at Docker Hub at once and soon again after that.");
        checkNow.setOnAction(e -> model.checkNow());
        checkNow.disableProperty().bind(wizard.busyProperty().or(model.settled)
                .or(model.needsSignIn.and(Bindings.not(model.owner.complete()))));
        Button resend = new Button("_Resend invite");
        resend.setId("resend-invite");
        resend.setMnemonicParsing(true);
        resend.setAccessibleHelp("Docker Hub sends the invite e-mail to the dedicated user again.");
        resend.setOnAction(e -> model.resend());
        Button cancelInvite = new Button("Cancel _invite…");
        cancelInvite.setId("cancel-invite");
        cancelInvite.setMnemonicParsing(true);
        cancelInvite.setAccessibleHelp("Withdraws the invite in Docker Hub after asking for confirmation.");
        cancelInvite.setOnAction(e -> confirmCancel());
        for (Button b : new Button[] {resend, cancelInvite}) {
            b.disableProperty().bind(wizard.busyProperty().or(model.settled).or(model.needsSignIn)
                    .or(model.hasInviteId.not()).or(model.watch.isEqualTo(VerificationModel.Watch.GONE)));
        }
        Button inviteAgain = new Button("Invite _again");
        inviteAgain.setId("invite-again");
        inviteAgain.setMnemonicParsing(true);
        inviteAgain.setOnAction(e -> model.inviteAgain());
        Forms.showWhen(inviteAgain, model.watch.isEqualTo(VerificationModel.Watch.GONE));
        inviteAgain.disableProperty().bind(wizard.busyProperty());
        Node signIn = Forms.section("Sign in as the owner again", OwnerSignInPane.build(model.owner, false));
        Forms.showWhen(signIn, model.needsSignIn.and(model.settled.not()));
        HBox actions = new HBox(8, checkNow, resend, cancelInvite, inviteAgain);
        VBox api = new VBox(12, Forms.text("The wizard looks at Docker Hub every little while (more rarely as time "
                + "goes by) and moves on by itself once the user has accepted. You may close the wizard and come "
                + "back later: it remembers where you are."), signIn, actions, lookLine);
        Forms.showWhen(api, model.manual.not().and(model.settled.not()));

        // Manual mode: the checklist and the Docker ID the connector will use.
        verified.setId("check-verified");
        verified.setMnemonicParsing(true);
        verified.selectedProperty().bindBidirectional(model.verified);
        CheckBox accepted = new CheckBox("The user has accepted the invite (it is listed under _Members as Editor)");
        accepted.setId("check-accepted");
        accepted.setMnemonicParsing(true);
        accepted.selectedProperty().bindBidirectional(model.accepted);
        TextField dockerId = new TextField();
        dockerId.setId("dedicated-docker-id");
        dockerId.setPromptText("e.g. acmescanner");
        dockerId.textProperty().bindBidirectional(model.dockerId);
        Hyperlink members = Links.hyperlink("Open the organization's members page in Docker Hub",
                model.membersPage::get);
        members.setId("members-link");
        VBox manual = new VBox(10, Forms.text("Tick each item once it is true; the members page shows the user "
                + "with its role after the acceptance."), members, verified, accepted,
                Forms.field("The user's _Docker ID", "The user name shown in Docker Hub, not the e-mail address: the "
                        + "connector signs in with it.", dockerId, model.dockerIdVerdict(), null));
        Forms.showWhen(manual, model.manual.and(model.settled.not()));

        VBox view = new VBox(16,
                Forms.heading("E-mail verification and acceptance"),
                Forms.text("Docker Hub has e-mailed the invite to the dedicated user. Signed in as that user, someone "
                        + "must first open the verification e-mail Docker sent when the account was created and "
                        + "confirm the address, then accept the invite. An unverified user can neither accept the "
                        + "invite nor create an access token."),
                api, manual, status);
        content(view);
    }

    private void refreshLine() {
        lookLine.setText(model.lookLine(java.time.Instant.now(), ZoneId.systemDefault()));
    }

    private void confirmCancel() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Docker Hub withdraws the invite and the link in "
                + "the user's e-mail stops working. To continue afterwards you invite the user again.",
                new ButtonType("Cancel the invite", ButtonBar.ButtonData.OK_DONE),
                new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE));
        confirm.setHeaderText("Cancel the invite?");
        confirm.setTitle("Cancel invite");
        if (view().getScene() != null) {
            confirm.initOwner(view().getScene().getWindow());
        }
        confirm.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> model.cancelInvite());
    }

    @Override
    public void shown() {
        model.start();
        refreshLine();
        clockTick.play();
    }

    @Override
    public void left() {
        clockTick.stop();
    }

    @Override
    public void dispose() {
        clockTick.stop();
    }

    @Override
    public Node focusTarget() {
        return model.manual.get() ? verified : checkNow;
    }
}
