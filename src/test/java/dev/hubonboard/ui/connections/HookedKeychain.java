package dev.hubonboard.ui.connections;

import dev.hubonboard.secrets.Availability;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.secrets.SecretStoreException;

import java.util.Optional;

/**
 * An in-memory keychain whose saves and deletes run {@link #during} while the call is in flight: a test presses Stop
 * there, as a user would while the keychain takes its time. The call then completes anyway, as an abandoned
 * keychain call may.
 */
final class HookedKeychain implements SecretStore {
    final MemorySecretStore inner = new MemorySecretStore();
    Runnable during = () -> { };

    @Override
    public Availability availability() {
        return inner.availability();
    }

    @Override
    public void save(SecretKey key, String secret) throws SecretStoreException {
        during.run();
        inner.save(key, secret);
    }

    @Override
    public Optional<String> read(SecretKey key) throws SecretStoreException {
        return inner.read(key);
    }

    @Override
    public void replace(SecretKey key, String newSecret) throws SecretStoreException {
        during.run();
        inner.replace(key, newSecret);
    }

    @Override
    public void delete(SecretKey key) throws SecretStoreException {
        during.run();
        inner.delete(key);
    }
}
