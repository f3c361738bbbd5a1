package dev.hubonboard.secrets;

import java.util.Optional;

/**
 * Where the dedicated user's access token is kept between sessions: the OS keychain, and nowhere else. There is
 * no file fallback: without a keychain the token is used for the session and the user pastes it again next time.
 */
public interface SecretStore {

    /** The keychain service name every entry of real use is stored under. */
    String SERVICE = "Hub Onboard";

    /** Practice mode's own service name: its fake tokens never sit among, or replace, real ones. */
    String PRACTICE_SERVICE = "Hub Onboard (practice)";

    /** The service name this store's entries are under, for messages that tell the user where to look. */
    default String service() {
        return SERVICE;
    }

    /** Whether the keychain can be used now, and why not. May take up to the store's time limit. */
    Availability availability();

    default boolean isAvailable() {
        return availability().available();
    }

    /** Stores the secret, replacing any entry under the same key. */
    void save(SecretKey key, String secret) throws SecretStoreException;

    /** The stored secret, or empty if there is none. */
    Optional<String> read(SecretKey key) throws SecretStoreException;

    /** Replaces an existing secret (e.g. a renewed token); fails with {@link SecretStoreException.Kind#NOT_FOUND} if none. */
    void replace(SecretKey key, String newSecret) throws SecretStoreException;

    /** Removes the entry; nothing happens if there is none. */
    void delete(SecretKey key) throws SecretStoreException;
}
