package dev.hubonboard.ui.kit;

import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.util.function.Supplier;

/** A small Copy button that puts a value on the clipboard, for values the user pastes into Docker Hub. */
public final class CopyButton {
    private CopyButton() {
    }

    /** @param what what is copied, for screen readers ("the invitee") */
    public static Button of(String what, Supplier<String> value) {
        Button b = new Button("Copy");
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setAccessibleText("Copy " + what);
        b.setTooltip(new javafx.scene.control.Tooltip("Copy " + what + " to the clipboard"));
        b.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value.get());
            Clipboard.getSystemClipboard().setContent(content);
            b.setText("Copied ✓"); // feedback where the eyes are; back to "Copy" after a moment
            Later.fx().after(java.time.Duration.ofSeconds(2), () -> b.setText("Copy"));
        });
        return b;
    }
}
