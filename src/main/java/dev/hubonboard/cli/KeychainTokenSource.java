package dev.hubonboard.cli;

import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.secrets.SecretStoreException;

/** {@code check --from-keychain}: the token the wizard saved for ORG/DOCKER_ID. */
public final class KeychainTokenSource implements CheckCommand.TokenSource {
    private final SecretStore store;

    public KeychainTokenSource(SecretStore store) {
        this.store = store;
    }

    @Override
    public String read(String org, String username) throws CheckCommand.UsageException {
        SecretKey key = new SecretKey(org, username);
        try {
            return store.read(key).orElseThrow(() -> new CheckCommand.UsageException("--from-keychain: no token is "
                    + "saved for " + key.account() + " in the keychain. Finish the wizard for it, or use --token-stdin."));
        } catch (SecretStoreException e) {
            throw new CheckCommand.UsageException("--from-keychain: " + e.getMessage());
        }
    }
}
