package dev.hubonboard.cli;

import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.secrets.SecretStoreException;

/**
 * {@code check --from-keychain} (and {@code connect}): the token the wizard saved for ORG/DOCKER_ID. Keychains are
 * per OS user, so every message names whose keychain was asked, the service and the account: a scheduled task that
 * runs as another user (Windows: SYSTEM) or without the user's unlocked session finds nothing, and must say why.
 */
public final class KeychainTokenSource implements CheckCommand.TokenSource {
    static final String UNATTENDED = "a scheduled task must run as that same user, in a session where the keychain is"
            + " unlocked (Windows: not as SYSTEM, and with the password stored; Linux: the user's D-Bus session with"
            + " the keyring unlocked; macOS: the user logged in)";

    private final SecretStore store;
    private final String osUser;

    public KeychainTokenSource(SecretStore store) {
        this(store, System.getProperty("user.name", "?"));
    }

    KeychainTokenSource(SecretStore store, String osUser) {
        this.store = store;
        this.osUser = osUser;
    }

    /**
     * The keychain itself could not be used (no keychain service, locked, no answer): the environment, not the
     * command line. Commands exit with their "could not be reached" code (3) for it, not usage (2). A subclass of
     * UsageException only so that it travels through {@link CheckCommand.TokenSource}.
     */
    public static final class Unavailable extends CheckCommand.UsageException {
        private final SecretStoreException.Kind kind;

        Unavailable(String message, SecretStoreException.Kind kind) {
            super(message);
            this.kind = kind;
        }

        public SecretStoreException.Kind kind() {
            return kind;
        }
    }

    @Override
    public String read(String org, String username) throws CheckCommand.UsageException {
        SecretKey key = new SecretKey(org, username);
        String where = "the keychain of the OS user " + osUser + " (service \"" + store.service() + "\", account \""
                + key.account() + "\")";
        try {
            return store.read(key).orElseThrow(() -> new CheckCommand.UsageException("--from-keychain: no token is"
                    + " saved for " + key.account() + " in " + where + ". Finish the wizard for it as that user, or use"
                    + " --token-stdin; " + UNATTENDED + "."));
        } catch (SecretStoreException e) {
            throw new Unavailable("--from-keychain: " + where + " could not be used: " + e.getMessage() + ". "
                    + Character.toUpperCase(UNATTENDED.charAt(0)) + UNATTENDED.substring(1) + ".", e.kind());
        }
    }
}
