package dev.hubonboard.secrets;

import dev.hubonboard.secrets.SecretStoreException.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyringSecretStoreTest {

    private static final String TOKEN = "dckr_pat_Recognisable123456789abcdef";
    private final SecretKey key = new SecretKey("contoso", "contososcanner");
    private final FakeKeyring fake = new FakeKeyring();
    private KeyringSecretStore store = new KeyringSecretStore(fake.factory(), Duration.ofSeconds(5));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void keyNamesTheAccountOrgSlashDockerId() {
        assertThat(key.account()).isEqualTo("contoso/contososcanner");
        assertThat(SecretStore.SERVICE).isEqualTo("Hub Onboard");
        assertThatThrownBy(() -> new SecretKey("con/toso", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretKey(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void savesReadsReplacesAndDeletesUnderServiceAndAccount() throws Exception {
        assertThat(store.isAvailable()).isTrue();
        assertThat(store.read(key)).isEmpty();

        store.save(key, TOKEN);
        assertThat(fake.entries).containsEntry("Hub Onboard|contoso/contososcanner", TOKEN);
        assertThat(store.read(key)).contains(TOKEN);

        store.replace(key, TOKEN + "2");
        assertThat(store.read(key)).contains(TOKEN + "2");

        store.delete(key);
        assertThat(store.read(key)).isEmpty();
        store.delete(key); // a missing entry is not an error
    }

    @Test
    void replaceNeedsAnExistingEntry() {
        assertThatThrownBy(() -> store.replace(key, TOKEN))
                .isInstanceOf(SecretStoreException.class)
                .hasMessage("no access token is saved in the keychain for contoso/contososcanner: save it instead of replacing it")
                .satisfies(e -> assertThat(((SecretStoreException) e).kind()).isEqualTo(Kind.NOT_FOUND));
    }

    @Test
    void noBackendIsReportedAsNoKeychainService() {
        store = new KeyringSecretStore(FakeKeyring.noBackend(), Duration.ofSeconds(5));

        Availability a = store.availability();
        assertThat(a.available()).isFalse();
        assertThat(a.reason()).isEqualTo("no keychain service is running (Secret Service / Keychain / Credential Manager)");
        assertThatThrownBy(() -> store.save(key, TOKEN))
                .isInstanceOf(SecretStoreException.class)
                .hasMessage("no keychain service is running (Secret Service / Keychain / Credential Manager)")
                .satisfies(e -> assertThat(((SecretStoreException) e).kind()).isEqualTo(Kind.NO_SERVICE));
        assertThatThrownBy(() -> store.read(key)).hasMessageContaining("no keychain service is running");
    }

    @Test
    void lockedKeychainNullPointerExceptionIsReportedAsLocked() {
        fake.mode = FakeKeyring.Mode.LOCKED;

        assertThatThrownBy(() -> store.save(key, TOKEN))
                .isInstanceOf(SecretStoreException.class)
                .hasMessage("the keychain is locked: unlock it and try again")
                .satisfies(e -> assertThat(((SecretStoreException) e).kind()).isEqualTo(Kind.LOCKED));
    }

    @Test
    void hangingCallIsCutOffAtTheTimeLimit() {
        fake.mode = FakeKeyring.Mode.HANGS;
        store = new KeyringSecretStore(fake.factory(), Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThatThrownBy(() -> store.save(key, TOKEN))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageStartingWith("the keychain did not answer within 0.3 s")
                .satisfies(e -> assertThat(((SecretStoreException) e).kind()).isEqualTo(Kind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

        Availability a = store.availability();
        assertThat(a.available()).isFalse();
        assertThat(a.reason()).startsWith("the keychain did not answer within");
    }

    @Test
    void timeLimitMessageNamesTheSeconds() {
        fake.mode = FakeKeyring.Mode.HANGS;
        store = new KeyringSecretStore(fake.factory(), Duration.ofSeconds(1));

        assertThatThrownBy(() -> store.read(key)).hasMessageStartingWith("the keychain did not answer within 1 s");
    }

    @Test
    void theStoreRecoversWhenTheKeychainAnswersAgain() throws Exception {
        fake.mode = FakeKeyring.Mode.HANGS;
        store = new KeyringSecretStore(fake.factory(), Duration.ofMillis(200));
        assertThatThrownBy(() -> store.read(key)).isInstanceOf(SecretStoreException.class);

        fake.mode = FakeKeyring.Mode.WORKING;
        store.save(key, TOKEN);
        assertThat(store.read(key)).contains(TOKEN);
    }

    @Test
    void otherFailuresNeverRepeatTheSecret() {
        fake.mode = FakeKeyring.Mode.BROKEN;

        assertThatThrownBy(() -> store.save(key, TOKEN))
                .isInstanceOf(SecretStoreException.class)
                .hasMessageStartingWith("the keychain refused the request (PasswordAccessException: Too many stored credentials")
                .hasMessageNotContaining(TOKEN)
                .hasNoCause() // the library's own message held the secret, so its exception is not chained
                .satisfies(e -> assertThat(((SecretStoreException) e).kind()).isEqualTo(Kind.FAILED));
    }

    @Test
    void anyRuntimeExceptionBecomesASecretStoreException() {
        store = new KeyringSecretStore(() -> {
            throw new IllegalStateException("dbus went away");
        }, Duration.ofSeconds(5));

        assertThatThrownBy(() -> store.read(key))
                .isInstanceOf(SecretStoreException.class)
                .hasMessage("the keychain refused the request (IllegalStateException: dbus went away)");
    }

    @Test
    void missingEntryWordsOfEachPlatformMeanNotFound() {
        assertThat(KeyringSecretStore.isNotFound(new com.github.javakeyring.PasswordAccessException(
                "No stored credentials match Hub Onboard account: a/b"))).isTrue();
        assertThat(KeyringSecretStore.isNotFound(new com.github.javakeyring.PasswordAccessException("Password not Found"))).isTrue();
        assertThat(KeyringSecretStore.isNotFound(new com.github.javakeyring.PasswordAccessException("No password to delete. -25300"))).isTrue();
        assertThat(KeyringSecretStore.isNotFound(new com.github.javakeyring.PasswordAccessException("Error code 5"))).isFalse();
    }

    @Test
    void toStringAndKeyNeverHoldTheSecret() throws Exception {
        store.save(key, TOKEN);
        assertThat(store.toString()).doesNotContain(TOKEN).contains("Hub Onboard");
        assertThat(key.toString()).doesNotContain(TOKEN);
    }

    @Test
    void emptySecretIsRefusedBeforeTheKeychainIsAsked() {
        assertThatThrownBy(() -> store.save(key, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.calls).isZero();
    }
}
