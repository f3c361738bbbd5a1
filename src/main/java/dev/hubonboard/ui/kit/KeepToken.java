package dev.hubonboard.ui.kit;

import java.util.function.Consumer;

/**
 * The question asked before a token that passed the connection test, and is not in the keychain yet, would be
 * forgotten (the wizard or the Rotate dialog is left): Docker Hub shows a token only once, so losing it means making
 * another and revoking the orphan. Models ask through {@link Asker}, a small dialog service: the app shows a dialog,
 * tests answer at once without a screen.
 */
public final class KeepToken {
    private KeepToken() {
    }

    /** The three answers. */
    public enum Answer {
        /** Save the token in the keychain, then leave (stay if saving fails). */
        SAVE_AND_LEAVE,
        /** Leave and forget the token. */
        DISCARD,
        /** Stay where you are: nothing changes. */
        STAY
    }

    /**
     * @param title     the window's title
     * @param text      what is at stake, in words
     * @param canSave   whether "Save it in the keychain and close" is offered
     * @param whyNoSave when it is not: why (no keychain, locked, …), said in the question
     */
    public record Question(String title, String text, boolean canSave, String whyNoSave) {
    }

    /** Asks the question and hands the answer on (on the JavaFX thread); never blocks. */
    @FunctionalInterface
    public interface Asker {
        void ask(Question question, Consumer<Answer> answer);

        /** No one to ask (a model used without a screen and no asker set): leave, as before this question existed. */
        Asker LEAVE = (q, a) -> a.accept(Answer.DISCARD);
    }
}
