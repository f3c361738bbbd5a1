package dev.hubonboard.ui.steps;

import dev.hubonboard.net.ServiceException;

/** Turns an error from a background call into the sentence shown to the administrator. */
final class Messages {
    private Messages() {
    }

    static String of(Throwable e) {
        if (e instanceof ServiceException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return e.getMessage(); // written for people, and free of secrets, by the layers below
        }
        if (e instanceof java.util.concurrent.CancellationException) {
            return "Cancelled.";
        }
        // Unexpected: say what kind without the message, which might quote input.
        return "Something unexpected went wrong (" + e.getClass().getSimpleName() + "). Nothing you entered was lost; "
                + "try again.";
    }
}
