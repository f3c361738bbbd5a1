package dev.hubonboard.ui.kit;

import dev.hubonboard.net.ServiceException;
import dev.hubonboard.onboarding.store.LoadProblem;
import dev.hubonboard.onboarding.store.ProgressStoreException;
import dev.hubonboard.secrets.SecretStoreException;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * The one policy that turns an error from background work into the sentence shown to the administrator. Messages
 * of the layers below that are written for people (and free of secrets) are shown as they are; anything else is
 * named by its kind only, since its message might quote input.
 */
public final class Messages {
    private Messages() {
    }

    /** An error whose message is already written for the administrator. */
    public static final class Refusal extends Exception {
        public Refusal(String message) {
            super(message, null, false, false);
        }
    }

    public static String of(Throwable e) {
        if (e instanceof CompletionException && e.getCause() != null) {
            return of(e.getCause());
        }
        if (e instanceof ProgressStoreException p && p.problem().isPresent()) {
            return p.problem().map(LoadProblem::message).orElseThrow();
        }
        if (e instanceof Refusal || e instanceof ServiceException || e instanceof SecretStoreException
                || e instanceof ProgressStoreException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        if (e instanceof CancellationException) {
            return "Stopped.";
        }
        return "Something unexpected went wrong (" + e.getClass().getSimpleName() + "). Nothing you entered was lost; "
                + "try again.";
    }
}
