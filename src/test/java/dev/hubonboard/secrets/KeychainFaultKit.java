package dev.hubonboard.secrets;

import com.github.javakeyring.BackendNotSupportedException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens {@link FakeKeyring}'s failure modes to tests outside this package (the reliability suite), through the real
 * {@link KeyringSecretStore}: no backend (that may appear later), locked, hanging once or always, and entries
 * deleted behind the app's back.
 */
public final class KeychainFaultKit implements AutoCloseable {

    public enum Behaviour { WORKING, NO_BACKEND, LOCKED, HANG_NEXT_CALL, HANG_ALWAYS }

    private final FakeKeyring fake = new FakeKeyring();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger opened = new AtomicInteger();
    private volatile Behaviour behaviour = Behaviour.WORKING;

    public SecretStore store(Duration timeLimit) {
        return new KeyringSecretStore(() -> {
            if (behaviour == Behaviour.NO_BACKEND) {
                throw new BackendNotSupportedException("No available keyring backend found");
            }
            opened.incrementAndGet();
            return new Guarded();
        }, timeLimit);
    }

    public void behave(Behaviour b) {
        behaviour = b;
        fake.mode = b == Behaviour.LOCKED ? FakeKeyring.Mode.LOCKED : FakeKeyring.Mode.WORKING;
    }

    /** What another program (or the user in the keychain app) sees. */
    public Map<String, String> entries() {
        return fake.entries;
    }

    /** Another program removes every entry, as the user might in Seahorse or Keychain Access. */
    public void deleteAllBehindTheAppsBack() {
        fake.entries.clear();
    }

    /** How often the keychain was opened: a store drops a stuck connection and opens a new one. */
    public int timesOpened() {
        return opened.get();
    }

    @Override
    public void close() {
        released.countDown(); // lets hanging worker threads finish
    }

    private final class Guarded implements KeyringApi {
        private void maybeHang() throws InterruptedException {
            if (behaviour == Behaviour.HANG_NEXT_CALL) {
                behaviour = Behaviour.WORKING;
                released.await();
            } else if (behaviour == Behaviour.HANG_ALWAYS) {
                released.await();
            }
        }

        @Override
        public String getPassword(String service, String account) throws Exception {
            maybeHang();
            return fake.getPassword(service, account);
        }

        @Override
        public void setPassword(String service, String account, String password) throws Exception {
            maybeHang();
            fake.setPassword(service, account, password);
        }

        @Override
        public void deletePassword(String service, String account) throws Exception {
            maybeHang();
            fake.deletePassword(service, account);
        }

        @Override
        public void close() {
        }
    }
}
