package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Styles;
import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.ui.kit.Forms;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/** The owner's way in, as radio buttons and the fields the chosen way needs. */
final class OwnerSignInPane {
    private OwnerSignInPane() {
    }

    /** @param chooseMode false once the mode is fixed (after the prerequisites): only the credential fields show */
    static Node build(OwnerSignInModel m, boolean chooseMode) {
        VBox box = new VBox(10);
        if (chooseMode) {
            ToggleGroup group = new ToggleGroup();
            for (OwnerMode mode : OwnerMode.values()) {
                RadioButton b = new RadioButton(switch (mode) {
                    case ORGANIZATION_ACCESS_TOKEN -> "Organi_zation access token (recommended; Docker Team and Business)";
                    case PASSWORD -> "Owner's pa_ssword, with the 2FA code if asked (used once, never saved)";
                    case MANUAL -> "_Manual: I will do the Docker Hub part myself, with links from this wizard";
                });
                b.setId("mode-" + mode.name().toLowerCase());
                b.setMnemonicParsing(true);
                b.setToggleGroup(group);
                b.setUserData(mode);
                b.setSelected(m.mode.get() == mode);
                b.setWrapText(true);
                box.getChildren().add(b);
            }
            group.selectedToggleProperty().addListener((o, a, t) -> {
                if (t != null && t.getUserData() != m.mode.get()) {
                    m.mode.set((OwnerMode) t.getUserData());
                    m.clear();
                }
            });
            // The mode also changes without a click (a resumed onboarding, practice values): keep the radios in step.
            m.mode.addListener((o, was, mode) -> group.getToggles().stream()
                    .filter(t -> t.getUserData() == mode).findFirst().ifPresent(group::selectToggle));
        }
        // Only the chosen way's fields exist: building the others (three more text fields) would only slow the
        // first window. Each set is built the first time its way is chosen, then kept; what it shows again after a
        // switch is what the model kept (the owner's Docker ID, not the secret).
        VBox fields = new VBox();
        Map<OwnerMode, Node> built = new EnumMap<>(OwnerMode.class);
        Runnable showMode = () -> fields.getChildren().setAll(
                built.computeIfAbsent(m.mode.get(), mode -> fieldsFor(mode, m)));
        showMode.run();
        m.mode.addListener((o, was, mode) -> showMode.run());

        Label error = Forms.line("owner-error", m.error);
        Styles.tone(error, Tone.DANGER);
        box.getChildren().addAll(fields, error);
        return box;
    }

    private static Node fieldsFor(OwnerMode mode, OwnerSignInModel m) {
        return switch (mode) {
            case ORGANIZATION_ACCESS_TOKEN -> {
                PasswordField oat = new PasswordField();
                oat.setId("owner-oat");
                oat.setPromptText("dckr_oat_…");
                oat.textProperty().bindBidirectional(m.secret);
                yield Forms.field("Organization _access token", "Create one in Docker Hub: organization > Settings > "
                        + "Access tokens, with member and invite permissions.", oat, Forms.verdict(m.secret,
                        s -> Verdict.ok()), null);
            }
            case PASSWORD -> {
                TextField owner = new TextField();
                owner.setId("owner-id");
                owner.textProperty().bindBidirectional(m.ownerDockerId);
                PasswordField password = new PasswordField();
                password.setId("owner-password");
                password.textProperty().bindBidirectional(m.secret);
                TextField code = new TextField();
                code.setId("owner-code");
                code.setPromptText("123456");
                code.textProperty().bindBidirectional(m.code);
                Node codeField = Forms.field("_2FA code", "The six digits from the owner's authenticator app.", code,
                        Forms.verdict(m.code, s -> Verdict.ok()), null);
                Forms.showWhen(codeField, m.needsCode);
                yield new VBox(10,
                        Forms.field("Owner's _Docker ID", "The owner's Docker ID (not the e-mail).", owner,
                                m.ownerDockerIdVerdict(), null),
                        Forms.field("Owner's pass_word", "Used for this sign-in only; never saved.", password,
                                Forms.verdict(m.secret, s -> Verdict.ok()), null),
                        codeField);
            }
            case MANUAL -> new VBox();
        };
    }
}
