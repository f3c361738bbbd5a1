package dev.hubonboard.ui.kit;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The {@link KeepToken.Asker} of the app: a window-modal dialog; Stay is the default, so Enter never discards. */
public final class KeepTokenDialog implements KeepToken.Asker {
    public static final ButtonType SAVE = new ButtonType("_Save it in the keychain and close",
            ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("_Discard the token", ButtonBar.ButtonData.NO);
    public static final ButtonType STAY = new ButtonType("S_tay", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Supplier<Window> owner;

    /** @param owner the window the dialog belongs to, read when asking (null: none) */
    public KeepTokenDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void ask(KeepToken.Question q, Consumer<KeepToken.Answer> answer) {
        Alert alert = alert(q);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.setOnHidden(e -> {
            ButtonType b = alert.getResult();
            answer.accept(b == SAVE ? KeepToken.Answer.SAVE_AND_LEAVE : b == DISCARD ? KeepToken.Answer.DISCARD
                    : KeepToken.Answer.STAY);
        });
        alert.show();
    }

    /** The dialog, not shown yet (tests look at its buttons). */
    static Alert alert(KeepToken.Question q) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle(q.title());
        alert.setHeaderText(q.title());
        Label text = new Label(q.text() + (q.canSave() ? "" : "\n\n" + q.whyNoSave()));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setPrefWidth(480);
        text.setId("keep-token-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().getStylesheets().add(Styles.SHEET);
        alert.getDialogPane().setId("keep-token-dialog");
        alert.getButtonTypes().setAll(q.canSave() ? new ButtonType[] {SAVE, DISCARD, STAY}
                : new ButtonType[] {DISCARD, STAY});
        for (ButtonType t : alert.getButtonTypes()) {
            Button b = (Button) alert.getDialogPane().lookupButton(t);
            b.setDefaultButton(t == STAY); // Enter stays: a keystroke never throws a token away
            b.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(b, false); // as wide as its words: uniform, "Save it in the keyc…" was cut
        }
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        return alert;
    }
}
