package dev.hubonboard.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Behaves like java-keyring 1.0.4 on Linux, including its failure modes, as seen against gnome-keyring. */
final class FakeKeyring implements KeyringApi {

    enum Mode { WORKING, LOCKED, HANGS, BROKEN }

    final Map<String, String> entries = new HashMap<>();
    volatile Mode mode = Mode.WORKING;
    final CountDownLatch neverReleased = new CountDownLatch(1);
    volatile int calls;

    /** Like Keyring.create() without a D-Bus session or Secret Service provider. */
    static KeyringApi.Factory noBackend() {
        return () -> {
            throw new BackendNotSupportedException("No available keyring backend found");
        };
    }

    KeyringApi.Factory factory() {
        return () -> this;
    }

    @Override
    public String getPassword(String service, String account) throws Exception {
        behave();
        String p = entries.get(service + "|" + account);
        if (p == null) {
            throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
        }
        return p;
    }

    @Override
    public void setPassword(String service, String account, String password) throws Exception {
        behave();
        if (mode == Mode.LOCKED) {
            // java-keyring's SimpleCollection.createItem when the collection is locked and no prompt can be shown
            throw new NullPointerException("Cannot read field \"a\" because \"response\" is null");
        }
        if (mode == Mode.BROKEN) {
            throw new PasswordAccessException("Too many stored credentials match " + service + " account: " + account
                    + " while saving " + password);
        }
        entries.put(service + "|" + account, password);
    }

    @Override
    public void deletePassword(String service, String account) throws Exception {
        behave();
        if (entries.remove(service + "|" + account) == null) {
            throw new PasswordAccessException("No stored credentials match " + service + " account: " + account);
        }
    }

    @Override
    public void close() {
    }

    private void behave() throws InterruptedException {
        calls++;
        if (mode == Mode.HANGS) {
            neverReleased.await(); // like an unlock prompt nobody answers
        }
    }
}
