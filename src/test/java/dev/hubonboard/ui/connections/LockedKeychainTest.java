package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.KeychainFaultKit;
import dev.hubonboard.secrets.KeychainFaultKit.Behaviour;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections and Rotate token over the real keychain store with a keychain that is locked or does not answer: the
 * branches a keychain that only knows "no service" never reaches. Assertions are on what the administrator reads.
 */
class LockedKeychainTest {
    @TempDir
    Path dir;
    PracticeHub hub;
    final KeychainFaultKit kit = new KeychainFaultKit();
    ConnectionsModel model;
    SecretKey key;
    Path saved;

    @BeforeEach
    void start() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        SecretStore keychain = kit.store(Duration.ofMillis(300));
        var context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        context.progress().save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(),
                ConnectionsModelTest.TODAY.plusDays(20)));
        saved = context.progress().fileFor(hub.org());
        key = new SecretKey(hub.org(), hub.dedicatedUsername());
        keychain.save(key, hub.createToken(Scope.READ));
        model = new ConnectionsModel(context, ConnectionsModelTest.CLOCK, o -> true);
        model.load();
    }

    @AfterEach
    void stop() {
        model.context().writer().flush(); // nothing is still writing into the folder JUnit deletes
        kit.close();
        hub.close();
    }

    ConnectionRow acme() {
        return model.row(hub.org()).orElseThrow();
    }

    @Test
    void aLockedKeychainIsNamedAndTheOldTokenStays() throws Exception {
        String old = kit.entries().values().iterator().next();
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(hub.createToken(Scope.READ));
        kit.behave(Behaviour.LOCKED);
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.FAILED);
        assertThat(rotation.outcome.get()).contains("passed the connection test").contains("locked")
                .contains("unlock it").contains("Nothing was replaced");
        assertThat(kit.entries().values()).containsExactly(old);
    }

    @Test
    void aKeychainThatDoesNotAnswerIsNamedOnReTestAndRemoveKeepsTheProgress() {
        kit.behave(Behaviour.HANG_ALWAYS);
        model.retest(acme());
        assertThat(acme().messageProperty().get()).contains("keychain cannot be used").contains("did not answer");
        assertThat(acme().lastTestProperty().get().state()).isEqualTo(LastTest.State.NEVER);
        model.remove(acme());
        assertThat(acme().messageProperty().get()).startsWith("Not removed").contains("did not answer")
                .contains("may or may not be deleted");
        assertThat(saved).exists();
        assertThat(model.rows()).hasSize(1);
    }

    @Test
    void aKeychainThatDoesNotAnswerIsSaidInTimeWithoutClaimingNothingChanged() {
        RotationModel rotation = model.rotation(acme());
        String fresh = hub.createToken(Scope.READ);
        rotation.token.set(fresh);
        kit.behave(Behaviour.HANG_ALWAYS);
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.FAILED);
        assertThat(rotation.outcome.get()).contains("passed the connection test")
                .contains("did not answer").contains("may still save the new token").doesNotContain("unchanged")
                .doesNotContain(fresh);
    }
}
