package dev.hubonboard.reliability;

import dev.hubonboard.secrets.Availability;
import dev.hubonboard.secrets.KeychainFaultKit;
import dev.hubonboard.secrets.KeychainFaultKit.Behaviour;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.secrets.SecretStoreException;
import dev.hubonboard.secrets.SecretStoreException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Keychain faults through {@link SecretStore}, beyond what {@code KeyringSecretStoreTest} covers: every operation
 * under each fault, a backend that appears later, a hang on each kind of call, entries deleted behind the app's back.
 */
class KeychainFaultsTest {
    private static final String TOKEN = "dckr_pat_LEAKCANARYkeychain0123456789ab";
    private final SecretKey key = new SecretKey("acme-corp", "acmescanner");
    private final KeychainFaultKit kit = new KeychainFaultKit();
    private final SecretStore store = kit.store(Duration.ofMillis(200));

    @AfterEach
    void release() {
        kit.close();
        if (store instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a test store
            }
        }
    }

    private static void assertKind(SecretStoreException e, Kind kind) {
        assertThat(e.kind()).isEqualTo(kind);
        Messages.assertPlain("keychain " + kind, e.getMessage());
        assertThat(e.getMessage()).doesNotContain(TOKEN);
        assertThat(String.valueOf(e)).doesNotContain(TOKEN);
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            assertThat(String.valueOf(c.getMessage())).doesNotContain(TOKEN);
        }
    }

    @Test
    void noBackendFailsEveryOperationInWordsAndTheStoreUsesABackendThatAppearsLater() throws Exception {
        kit.behave(Behaviour.NO_BACKEND);
        assertThat(store.availability().available()).isFalse();
        for (ThrowingOp op : ops()) {
            assertThatThrownBy(op::run).isInstanceOfSatisfying(SecretStoreException.class,
                    e -> assertKind(e, Kind.NO_SERVICE));
        }
        assertThat(kit.entries()).isEmpty();

        kit.behave(Behaviour.WORKING); // the user starts gnome-keyring, or logs in to a desktop session
        store.save(key, TOKEN);
        assertThat(store.read(key)).contains(TOKEN);
    }

    @Test
    void lockedKeychainRefusesWritesAsLockedAndNeverStoresHalfAReplace() throws Exception {
        store.save(key, TOKEN);
        kit.behave(Behaviour.LOCKED);
        assertThatThrownBy(() -> store.save(key, TOKEN + "x")).isInstanceOfSatisfying(SecretStoreException.class,
                e -> assertKind(e, Kind.LOCKED));
        assertThatThrownBy(() -> store.replace(key, TOKEN + "y")).isInstanceOfSatisfying(SecretStoreException.class,
                e -> assertKind(e, Kind.LOCKED));
        assertThat(kit.entries()).containsValue(TOKEN).hasSize(1);

        kit.behave(Behaviour.WORKING); // unlocked
        store.replace(key, TOKEN + "z");
        assertThat(store.read(key)).contains(TOKEN + "z");
    }

    @Test
    void aCallThatNeverReturnsIsCutOffForEachOperationAndTheNextCallWorks() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            int before = kit.timesOpened();
            for (ThrowingOp op : ops()) {
                kit.behave(Behaviour.HANG_NEXT_CALL);
                long start = System.nanoTime();
                assertThatThrownBy(op::run).isInstanceOfSatisfying(SecretStoreException.class,
                        e -> assertKind(e, Kind.TIMEOUT));
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
                // the next call works, on a fresh connection (the stuck one is abandoned, not reused)
                store.save(key, TOKEN);
                assertThat(store.read(key)).contains(TOKEN);
                store.delete(key);
            }
            assertThat(kit.timesOpened() - before).isGreaterThanOrEqualTo(ops().length);

            kit.behave(Behaviour.HANG_NEXT_CALL);
            Availability a = store.availability();
            assertThat(a.available()).isFalse();
            assertThat(a.reason()).contains("did not answer").doesNotContain(TOKEN);
            assertThat(store.availability().available()).isTrue();
        });
    }

    @Test
    void aKeychainThatHangsForeverNeverHangsTheApp() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            kit.behave(Behaviour.HANG_ALWAYS);
            for (int i = 0; i < 2; i++) {
                for (ThrowingOp op : ops()) {
                    assertThatThrownBy(op::run).isInstanceOf(SecretStoreException.class);
                }
            }
        });
    }

    @Test
    void anEntryDeletedBehindTheAppsBackReadsAsEmptyAndCannotBeReplaced() throws Exception {
        store.save(key, TOKEN);
        kit.deleteAllBehindTheAppsBack();

        assertThat(store.read(key)).isEmpty();
        assertThatThrownBy(() -> store.replace(key, TOKEN + "2"))
                .isInstanceOfSatisfying(SecretStoreException.class, e -> {
                    assertKind(e, Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("acme-corp/acmescanner").contains("save it");
                });
        assertThat(kit.entries()).as("a failed replace must not create the entry").isEmpty();
        store.delete(key); // deleting what is gone is not an error
        store.save(key, TOKEN); // and saving again works
        assertThat(store.read(key)).contains(TOKEN);
    }

    private interface ThrowingOp {
        void run() throws Exception;
    }

    private ThrowingOp[] ops() {
        return new ThrowingOp[] {
                () -> store.save(key, TOKEN),
                () -> store.read(key),
                () -> store.replace(key, TOKEN),
                () -> store.delete(key)};
    }
}
