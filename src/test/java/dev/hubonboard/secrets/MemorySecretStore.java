package dev.hubonboard.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A keychain for tests of the layers above: behaves like {@link SecretStore} says, keeps secrets in memory only. */
public final class MemorySecretStore implements SecretStore {
    private final Map<String, String> entries = new ConcurrentHashMap<>();
    private volatile Availability availability = Availability.yes();

    /** Makes every call fail as a machine without a keychain service does. */
    public MemorySecretStore unavailable(String reason) {
        availability = Availability.no(reason);
        return this;
    }

    /** Makes calls work again. */
    public MemorySecretStore available() {
        availability = Availability.yes();
        return this;
    }

    @Override
    public Availability availability() {
        return availability;
    }

    private void require() throws SecretStoreException {
        if (!availability.available()) {
            throw new SecretStoreException(SecretStoreException.Kind.NO_SERVICE, availability.reason(), null);
        }
    }

    @Override
    public void save(SecretKey key, String secret) throws SecretStoreException {
        require();
        entries.put(key.account(), secret);
    }

    @Override
    public Optional<String> read(SecretKey key) throws SecretStoreException {
        require();
        return Optional.ofNullable(entries.get(key.account()));
    }

    @Override
    public void replace(SecretKey key, String newSecret) throws SecretStoreException {
        require();
        if (entries.replace(key.account(), newSecret) == null) {
            throw new SecretStoreException(SecretStoreException.Kind.NOT_FOUND, "no entry for " + key.account(), null);
        }
    }

    @Override
    public void delete(SecretKey key) throws SecretStoreException {
        require();
        entries.remove(key.account());
    }

    public Map<String, String> entries() {
        return Map.copyOf(entries);
    }
}
