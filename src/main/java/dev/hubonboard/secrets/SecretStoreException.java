package dev.hubonboard.secrets;

/** The keychain could not do what was asked. The message is for the user and never contains the secret. */
public class SecretStoreException extends Exception {

    public enum Kind {
        /** No Secret Service / Keychain / Credential Manager to talk to. */
        NO_SERVICE,
        /** The keychain is locked (or the user dismissed the unlock prompt). */
        LOCKED,
        /** The keychain did not answer within the time limit (often: an unlock prompt nobody answered). */
        TIMEOUT,
        /** Replace was asked for an entry that does not exist. */
        NOT_FOUND,
        /** The wait was cancelled. */
        INTERRUPTED,
        /** Anything else the keychain reported. */
        FAILED
    }

    private final Kind kind;

    public SecretStoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
