package dev.hubonboard.secrets;

/**
 * The three java-keyring calls we use, behind an interface so tests can stand in a fake that fails the way the
 * library does: {@code create()} throws BackendNotSupportedException without a Secret Service, a locked keychain
 * makes {@code setPassword} throw NullPointerException, a missing entry makes get and delete throw
 * PasswordAccessException, and on a desktop a call can block on an unlock prompt.
 */
interface KeyringApi extends AutoCloseable {

    String getPassword(String service, String account) throws Exception;

    void setPassword(String service, String account, String password) throws Exception;

    void deletePassword(String service, String account) throws Exception;

    @Override
    void close() throws Exception;

    /** Opens the keychain, like {@code Keyring.create()}. */
    @FunctionalInterface
    interface Factory {
        KeyringApi create() throws Exception;
    }
}
