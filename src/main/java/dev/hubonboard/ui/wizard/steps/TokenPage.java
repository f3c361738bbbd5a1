package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.ui.kit.Dates;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.wizard.BasicStepPage;
import dev.hubonboard.ui.wizard.WizardModel;
import javafx.beans.binding.Bindings;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Step 4: create the Read-only token as the dedicated user, then enter its Docker ID and the token. */
public final class TokenPage extends BasicStepPage {
    private final TokenModel model;
    private final TextField dockerId = new TextField();
    private final PasswordField masked = new PasswordField() {
        @Override
        public void paste() {
            pasteTrimmed(this);
        }
    };
    private final TextField clear = new TextField() {
        @Override
        public void paste() {
            pasteTrimmed(this);
        }
    };

    public TokenPage(WizardModel wizard) {
        super(Step.TOKEN);
        this.model = wizard.model(Step.TOKEN, TokenModel.class);
        ValidationSupport support = new ValidationSupport();

        Hyperlink tokenPage = new Hyperlink("Open Docker Hub's _personal access tokens page");
        tokenPage.setMnemonicParsing(true);
        tokenPage.setId("open-token-page");
        tokenPage.setAccessibleHelp("Opens " + TokenModel.TOKEN_PAGE + " in your browser.");
        tokenPage.setOnAction(e -> model.openTokenPage());
        // Where no browser opens, the address can still be copied; practice mode has no such page.
        TextField address = new TextField(TokenModel.TOKEN_PAGE);
        address.setId("token-page-address");
        address.setEditable(false);
        address.setAccessibleText("The address of Docker Hub's personal access tokens page");
        HBox link = new HBox(8, tokenPage, address, dev.hubonboard.ui.kit.CopyButton.of("the address",
                () -> TokenModel.TOKEN_PAGE));
        HBox.setHgrow(address, Priority.ALWAYS);
        Node where = wizard.context().isPractice()
                ? Forms.text("In practice mode this page is the practice panel on the left: Create token… plays it "
                + "as the dedicated user, and the token only works against the practice Hub.") : link;

        Label howTo = Forms.text(
                "In Docker Hub, as the dedicated user (not as yourself, the owner):\n"
                        + "  1. Sign in to Docker Hub as the dedicated user.\n"
                        + "  2. Open Account settings > Personal access tokens, and select Generate new token.\n"
                        + "  3. Give it a description (for example \"Microsoft Defender for Cloud\") and choose an "
                        + "expiration date.\n"
                        + "  4. Under Access permissions choose \"Repo Read-only\". Not the default \"Repo Public "
                        + "Read-only\" (older pages: \"Public Repo Read-only\"): that one hides private repositories, "
                        + "which are the only ones Defender scans.\n"
                        + "  5. Select Generate, and copy the token: Docker Hub shows it only once.\n"
                        + "A token's permission can be changed in Docker Hub after it is made (to Read & Write, say): "
                        + "that is why a scheduled `hub-onboard check` is worth running.");
        howTo.setId("token-how-to");

        dockerId.setId("token-docker-id");
        dockerId.setPromptText("e.g. acmescanner");
        dockerId.textProperty().bindBidirectional(model.dockerId);
        Node idField = Forms.field("_Docker ID of the dedicated user", "The user name shown in Docker Hub's "
                + "account menu; not the e-mail address.", dockerId, model.dockerIdVerdict(), support);

        masked.setId("token");
        masked.setPromptText("dckr_pat_…");
        masked.textProperty().bindBidirectional(model.token);
        clear.setId("token-revealed");
        clear.textProperty().bindBidirectional(model.token);
        clear.setAccessibleText("Access token (shown)");
        clear.visibleProperty().bind(model.revealed);
        masked.visibleProperty().bind(model.revealed.not());
        VBox tokenField = Forms.field("Access _token", "Paste the token you just created; it is kept in memory "
                + "until it is saved in this computer's keychain on the last step.", masked, model.tokenVerdict(),
                support);
        ToggleButton reveal = new ToggleButton();
        reveal.setId("token-reveal");
        reveal.setMnemonicParsing(true);
        reveal.textProperty().bind(Bindings.when(model.revealed).then("_Hide").otherwise("_Show"));
        reveal.accessibleTextProperty().bind(Bindings.when(model.revealed).then("Hide the token")
                .otherwise("Show the token"));
        reveal.selectedProperty().bindBidirectional(model.revealed);
        model.revealed.addListener((o, was, shown) -> {
            TextField now = shown ? clear : masked;
            ((Label) tokenField.getChildren().getFirst()).setLabelFor(now);
            if ((shown ? masked : clear).isFocused()) {
                now.requestFocus();
                now.end();
            }
        });
        StackPane both = new StackPane(masked, clear);
        HBox tokenRow = new HBox(8, both, reveal);
        HBox.setHgrow(both, Priority.ALWAYS);
        tokenField.getChildren().set(1, tokenRow);

        DatePicker expiry = new DatePicker();
        expiry.setId("token-expiry");
        Dates.use(expiry, model.clock());
        expiry.valueProperty().bindBidirectional(model.expiry);
        model.expiryText.bind(expiry.getEditor().textProperty());
        Label expiryTitle = new Label("E_xpiry date (optional)");
        expiryTitle.setMnemonicParsing(true);
        expiryTitle.setLabelFor(expiry);
        expiry.setAccessibleText("Expiry date of the token (optional)");
        Button noExpiry = new Button("No expiry");
        noExpiry.setId("token-no-expiry");
        noExpiry.setOnAction(e -> {
            expiry.getEditor().clear(); // an unreadable entry too
            model.expiry.set(null);
        });
        noExpiry.disableProperty().bind(model.expiry.isNull().and(model.expiryText.isEmpty()));
        Label expiryMessage = new Label();
        expiryMessage.setId("token-expiry-message");
        expiryMessage.setWrapText(true);
        expiryMessage.getStyleClass().add("text-small");
        javafx.beans.binding.ObjectBinding<String> expiryProblem = model.expiryProblem();
        javafx.beans.binding.ObjectBinding<String> words = model.expiryWords();
        expiryMessage.textProperty().bind(Bindings.createStringBinding(() -> !expiryProblem.get().isEmpty()
                ? expiryProblem.get() : !words.get().isEmpty() ? "Expires " + words.get() + ". Kept with this "
                + "onboarding as a reminder of when to renew the token."
                : "The date you chose in Docker Hub, if any (e.g. " + Dates.format(LocalDate.of(2027, 3, 1))
                + ", or in 90 days). It is kept with this onboarding as a reminder of when to renew the token.",
                expiryProblem, words));
        Styles.tone(expiryMessage, expiryProblem, p -> p.isEmpty() ? Tone.MUTED : Tone.DANGER);
        VBox expiryField = new VBox(4, expiryTitle, new HBox(8, expiry, noExpiry), expiryMessage);

        Label error = Forms.line("token-error", model.error);
        Styles.tone(error, Tone.DANGER);

        VBox view = new VBox(18,
                Forms.heading("Create a Read-only access token"),
                Forms.text("Defender for Cloud's connector signs in as the dedicated user with a personal access "
                        + "token. The token, not the Editor role, is what keeps the connector read-only."),
                Forms.section("In Docker Hub", howTo, where),
                Forms.section("Here", idField, tokenField, expiryField),
                error);
        content(view);
    }

    /** Pasting into the token field drops the spaces and line breaks that come along when copying from a page. */
    private static void pasteTrimmed(TextField field) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            field.replaceSelection(TokenModel.cleanPaste(clipboard.getString()));
        }
    }

    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Node focusTarget() {
        return model.dockerId.get().isBlank() ? dockerId : model.revealed.get() ? clear : masked;
    }
}
