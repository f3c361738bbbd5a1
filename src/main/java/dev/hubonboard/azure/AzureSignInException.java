package dev.hubonboard.azure;

import java.util.Objects;

/** No Azure access token could be had. The message says what to run; it never holds a token. */
public final class AzureSignInException extends Exception {

    /** Why: the CLI is missing, nobody is signed in, it hung, or it failed some other way. */
    public enum Reason {
        CLI_MISSING, NOT_SIGNED_IN, TIMED_OUT, FAILED
    }

    private final Reason reason;

    public AzureSignInException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
