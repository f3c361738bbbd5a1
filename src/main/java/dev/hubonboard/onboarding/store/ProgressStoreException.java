package dev.hubonboard.onboarding.store;

import java.util.Optional;

/** Saved progress could not be read or written. The message is meant for the user and names the file. */
public class ProgressStoreException extends Exception {
    private final transient LoadProblem problem;

    public ProgressStoreException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public ProgressStoreException(LoadProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    /** Set when a file was unreadable or from a newer version (and moved aside). */
    public Optional<LoadProblem> problem() {
        return Optional.ofNullable(problem);
    }
}
