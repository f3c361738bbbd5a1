package dev.hubonboard.secrets;

import com.github.javakeyring.Keyring;

/** The real java-keyring, unchanged: all failure handling lives in {@link KeyringSecretStore}. */
final class JavaKeyringApi implements KeyringApi {

    private final Keyring keyring;

    private JavaKeyringApi(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Opens the OS keychain; only called on first use, so the library is not even loaded before it is needed. */
    static KeyringApi open() throws Exception {
        return new JavaKeyringApi(Keyring.create());
    }

    @Override
    public String getPassword(String service, String account) throws Exception {
        return keyring.getPassword(service, account);
    }

    @Override
    public void setPassword(String service, String account, String password) throws Exception {
        keyring.setPassword(service, account, password);
    }

    @Override
    public void deletePassword(String service, String account) throws Exception {
        keyring.deletePassword(service, account);
    }

    @Override
    public void close() throws Exception {
        keyring.close();
    }
}
