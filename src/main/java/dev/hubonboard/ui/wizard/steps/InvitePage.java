package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.CopyButton;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.wizard.BasicStepPage;
import dev.hubonboard.ui.wizard.WizardModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Step 2: invite the dedicated user as Editor, through the API or by hand with links and values to paste. */
public final class InvitePage extends BasicStepPage {
    private final InviteModel model;
    private final TextField invitee;
    private final CheckBox sent = new CheckBox("I have _sent the invite");

    public InvitePage(WizardModel wizard) {
        super(Step.INVITE);
        this.model = wizard.model(Step.INVITE, InviteModel.class);

        // What is sent, in both modes: who and which role. Read-only fields so they can be selected and copied.
        invitee = readOnly("invitee", model.invitee.get());
        invitee.textProperty().bind(model.invitee);
        TextField role = readOnly("role", InviteModel.ROLE);
        GridPane values = new GridPane(8, 8);
        values.addRow(0, label("_Invitee", invitee), invitee, CopyButton.of("the invitee", model.invitee::get));
        values.addRow(1, label("_Role", role), role, CopyButton.of("the role", () -> InviteModel.ROLE));
        GridPane.setHgrow(invitee, Priority.ALWAYS);

        // API modes: Docker Hub's answer to the dry run, and the owner's sign-in when the session is gone.
        Label answer = Forms.label("invite-answer", model.answer);
        Styles.tone(answer, model.answerKind, k -> switch (k) {
            case INVALID, ERROR -> Tone.DANGER;
            case OTHER -> Tone.WARNING;
            case READY, MEMBER -> Tone.SUCCESS;
            case NONE -> Tone.PLAIN;
        });
        Forms.showWhen(answer, Bindings.isNotEmpty(model.answer));
        javafx.scene.control.CheckBox anyway = new javafx.scene.control.CheckBox("Send _anyway");
        anyway.setId("invite-send-anyway");
        anyway.setMnemonicParsing(true);
        anyway.selectedProperty().bindBidirectional(model.sendAnyway);
        anyway.setAccessibleHelp("Docker Hub's dry-run answer is not one the wizard knows: tick to send the invite "
                + "on Next anyway");
        Forms.showWhen(anyway, model.answerKind.isEqualTo(InviteModel.Answer.OTHER).and(model.settled.not()));
        Node signIn = Forms.section("Sign in as the owner again", OwnerSignInPane.build(model.owner, false));
        Forms.showWhen(signIn, model.needsSignIn.and(model.settled.not()));
        VBox api = new VBox(12, Forms.text("On Next the wizard sends Docker Hub an invite for the dedicated user "
                + "with the role Editor. Docker Hub e-mails the invite; the user accepts it on the next step. Before "
                + "sending, the wizard asks Docker Hub for a dry run to see what it would answer."), signIn);
        Forms.showWhen(api, model.manual.not().and(model.settled.not())); // nothing is sent once settled

        // Manual mode: the members page, the values to paste, and the box the owner ticks.
        Hyperlink members = Links.hyperlink("Open the organization's members page in Docker Hub",
                model.membersPage::get);
        members.setId("members-link");
        sent.setId("invite-sent");
        sent.setMnemonicParsing(true);
        sent.selectedProperty().bindBidirectional(model.sentByHand);
        sent.setAccessibleHelp("Tick after sending the invite in Docker Hub; Next then marks this step done by hand.");
        VBox manual = new VBox(10, Forms.text("In Docker Hub, on the organization's Members page, choose Invite "
                + "members, paste the invitee shown above, choose the role Editor, and send the invite."), members, sent);
        Forms.showWhen(manual, model.manual.and(model.settled.not()));

        VBox view = new VBox(16,
                Forms.heading("Invite the dedicated user"),
                Forms.text("The dedicated user joins your organization as an Editor, so that it can see every "
                        + "repository. The Read-only token it creates later keeps the connector from changing "
                        + "anything."),
                Forms.section("What is sent", values),
                api, manual, answer, anyway);
        content(view);
    }

    private static TextField readOnly(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setEditable(false);
        f.setFocusTraversable(true);
        return f;
    }

    private static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setAlignment(Pos.CENTER_LEFT);
        if (target instanceof TextField f) {
            f.setAccessibleText(text.replace("_", ""));
        }
        return l;
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Node focusTarget() {
        return model.manual.get() ? sent : invitee;
    }
}
