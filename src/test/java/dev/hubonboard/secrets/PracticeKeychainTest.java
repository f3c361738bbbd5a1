package dev.hubonboard.secrets;

import dev.hubonboard.onboarding.store.AppMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Practice mode's tokens go under their own keychain service: nothing under the real one, and not seen from it. */
class PracticeKeychainTest {
    private static final String PRACTICE_TOKEN = "dckr_pat_PracticeOnly123456789abcdefg";
    private final SecretKey key = new SecretKey("acme-corp", "acmescanner");
    private final FakeKeyring fake = new FakeKeyring();

    private KeyringSecretStore store(AppMode mode) {
        return new KeyringSecretStore(fake.factory(), Duration.ofSeconds(5), mode.keychainService());
    }

    @Test
    void practiceModeWritesNothingUnderTheRealService() throws Exception {
        try (KeyringSecretStore practice = store(AppMode.PRACTICE)) {
            assertThat(practice.isAvailable()).isTrue();
            practice.save(key, PRACTICE_TOKEN);
            practice.replace(key, PRACTICE_TOKEN + "2");
            assertThat(practice.read(key)).contains(PRACTICE_TOKEN + "2");
        }
        assertThat(fake.entries).containsOnlyKeys("Hub Onboard (practice)|acme-corp/acmescanner");
        assertThat(fake.entries.keySet()).noneMatch(k -> k.startsWith(SecretStore.SERVICE + "|"));
    }

    @Test
    void aPracticeTokenIsNotVisibleInRealModeAndRealOnesAreNotTouchedByPractice() throws Exception {
        try (KeyringSecretStore practice = store(AppMode.PRACTICE); KeyringSecretStore real = store(AppMode.REAL)) {
            practice.save(key, PRACTICE_TOKEN);
            assertThat(real.read(key)).isEmpty();

            real.save(key, "dckr_pat_RealOne123456789abcdefghijk");
            practice.delete(key);
            assertThat(real.read(key)).contains("dckr_pat_RealOne123456789abcdefghijk");
            assertThat(practice.read(key)).isEmpty();
        }
    }

    @Test
    void theStoreNamesItsServiceForMessages() {
        try (KeyringSecretStore practice = store(AppMode.PRACTICE); KeyringSecretStore real = store(AppMode.REAL)) {
            assertThat(practice.service()).isEqualTo("Hub Onboard (practice)");
            assertThat(practice.toString()).contains("Hub Onboard (practice)");
            assertThat(real.service()).isEqualTo("Hub Onboard");
            assertThat(new MemorySecretStore().service()).isEqualTo(SecretStore.SERVICE);
        }
    }
}
