package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.owner.Finding;
import dev.hubonboard.onboarding.Problem;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.wizard.BasicStepPage;
import dev.hubonboard.ui.wizard.WizardModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Step 1: what will happen, the organization, the owner's way in, and the dedicated user. */
public final class PrerequisitesPage extends BasicStepPage {
    private final PrerequisitesModel model;
    private final TextField organization = new TextField();

    public PrerequisitesPage(WizardModel wizard) {
        super(Step.PREREQUISITES);
        this.model = wizard.model(Step.PREREQUISITES, PrerequisitesModel.class);
        ValidationSupport support = new ValidationSupport();
        organization.setId("organization");
        organization.setPromptText("e.g. acme-corp");
        organization.textProperty().bindBidirectional(model.organization);
        TextField email = new TextField();
        email.setId("invitee-email");
        email.setPromptText("scanner@company.com"); // short: whole in half the smallest window
        email.textProperty().bindBidirectional(model.email);
        TextField dockerId = new TextField();
        dockerId.setId("invitee-docker-id");
        dockerId.textProperty().bindBidirectional(model.dockerId);

        // A few lines at most: plain labels, not a ListView, whose skin slows the first window even while hidden.
        VBox findings = new VBox(4);
        findings.setId("findings");
        model.findings.addListener((ListChangeListener<Finding>) c -> findings.getChildren().setAll(
                model.findings.stream().map(PrerequisitesPage::findingLabel).toList()));
        Forms.showWhen(findings, Bindings.isNotEmpty(model.findings));
        // The owner's count stays in view when the owner comes back to this step.
        javafx.scene.control.Label repositories = Forms.line("repositories-summary", model.repositories);

        HBox who = new HBox(16,
                Forms.field("Dedicated user's organization _e-mail", "An address of your organization, such as "
                        + "docker-scanner@your-company.com: Microsoft asks for one, not a personal mailbox.",
                        email, model.emailVerdict(), support,
                        Validation.email("scanner@hotmail.com").first().map(Problem::message).orElse(null)),
                Forms.field("Its Docker _ID, if it already has one", "Lowercase letters and digits; not the e-mail.",
                        dockerId, model.dockerIdVerdict(), support,
                        Validation.dockerId("scanner@acme.example").first().map(Problem::message).orElse(null)));
        who.getChildren().forEach(n -> {
            HBox.setHgrow(n, Priority.ALWAYS);
            // Equal halves whatever the messages say: grown from each column's preferred width, a longer message
            // would narrow the other column and re-wrap (and move) everything in it.
            ((VBox) n).prefWidthProperty().bind(who.widthProperty().subtract(who.getSpacing()).divide(2));
        });

        VBox view = new VBox(18,
                Forms.heading("Before you start"),
                Forms.text("Defender for Containers reads your private images through a dedicated Docker Hub user "
                        + "with a Read-only token. This wizard walks you through it:\n"
                        + "  1. You (an organization owner) invite the dedicated user as Editor.\n"
                        + "  2. The dedicated user verifies its e-mail and accepts the invite.\n"
                        + "  3. Signed in as that user, someone creates a Read-only personal access token.\n"
                        + "  4. The wizard tests the token, keeps it in this computer's keychain, and shows what to "
                        + "enter in Defender for Cloud."),
                Forms.field("_Organization", "The organization's name in Docker Hub, as in hub.docker.com/orgs/NAME.",
                        organization, model.organizationVerdict(), support),
                Forms.section("How will you, the owner, sign in?", OwnerSignInPane.build(model.owner, true)),
                Forms.section("Who is the dedicated user?", who),
                findings, repositories);
        content(view);
    }

    private static Label findingLabel(Finding f) {
        Label l = new Label((switch (f.result()) {
            case OK -> "✓ ";
            case WARNING -> "! ";
            case PROBLEM -> "✕ ";
        }) + f.what() + ": " + f.detail());
        l.setWrapText(true);
        return l;
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Node focusTarget() {
        return organization;
    }
}
