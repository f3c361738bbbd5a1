package dev.hubonboard.ui.kit;

import javafx.scene.input.ClipboardContent;

import java.time.Duration;
import java.util.Objects;

/**
 * Puts text on the clipboard; a secret is taken off again after a while if the clipboard still holds it (if the
 * user has copied something else since, that is left alone). The clipboard and the timer are interfaces so the
 * logic is tested without a toolkit.
 */
public final class SecretClipboard {

    /** How long a copied token stays on the clipboard. */
    public static final Duration CLEAR_AFTER = Duration.ofSeconds(60);

    /** The system clipboard as plain text. */
    public interface Board {
        String text();

        void put(String text);

        void clear();
    }

    private final Board board;
    private final Later timer;
    private Runnable pending = () -> { };
    private String secret; // what we put there, to clear it only if it is still ours

    public SecretClipboard(Board board, Later timer) {
        this.board = Objects.requireNonNull(board, "board");
        this.timer = Objects.requireNonNull(timer, "timer");
    }

    /** The JavaFX clipboard and a JavaFX pause: call on the JavaFX thread. */
    public static SecretClipboard system() {
        Board fx = new Board() {
            @Override
            public String text() {
                javafx.scene.input.Clipboard c = javafx.scene.input.Clipboard.getSystemClipboard();
                return c.hasString() ? c.getString() : null;
            }

            @Override
            public void put(String text) {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            }

            @Override
            public void clear() {
                javafx.scene.input.Clipboard.getSystemClipboard().clear();
            }
        };
        return new SecretClipboard(fx, Later.fx());
    }

    /** Plain text (organization, Docker ID): stays until the user copies something else. */
    public void copy(String text) {
        board.put(text);
    }

    /**
     * A secret: cleared after {@link #CLEAR_AFTER} if the clipboard still holds it. {@code afterwards} learns, when
     * the time is up, whether it was still there and is now cleared (true) or had been replaced already (false).
     */
    public void copySecret(String text, java.util.function.Consumer<Boolean> afterwards) {
        pending.run();
        secret = text;
        board.put(text);
        pending = timer.after(CLEAR_AFTER, () -> afterwards.accept(clearSecret()));
    }

    /** Takes the secret off the clipboard now, if it is still there (also when the wizard is done). */
    public boolean clearSecret() {
        pending.run();
        pending = () -> { };
        String ours = secret;
        secret = null;
        if (ours != null && ours.equals(board.text())) {
            board.clear();
            return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return "SecretClipboard[holding a secret=" + (secret != null) + "]";
    }
}
