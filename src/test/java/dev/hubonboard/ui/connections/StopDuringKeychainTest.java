package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stop pressed while a keychain call is in flight (issue 13, bug 2): an interrupted keychain call is only abandoned
 * and may still complete, so the screen must not claim that nothing changed.
 */
class StopDuringKeychainTest {
    @TempDir
    Path dir;
    PracticeHub hub;
    final HookedKeychain keychain = new HookedKeychain();
    ConnectionsModel model;
    SecretKey key;

    @BeforeEach
    void start() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        var context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        context.progress().save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(),
                ConnectionsModelTest.TODAY.plusDays(20)));
        key = new SecretKey(hub.org(), hub.dedicatedUsername());
        keychain.inner.save(key, hub.createToken(Scope.READ));
        model = new ConnectionsModel(context, ConnectionsModelTest.CLOCK, o -> true);
        model.load();
    }

    @AfterEach
    void stop() {
        model.context().writer().flush(); // nothing is still writing into the folder JUnit deletes
        hub.close();
    }

    ConnectionRow acme() {
        return model.row(hub.org()).orElseThrow();
    }

    @Test
    void stopWhileRotatingSaysTheKeychainMayHoldTheNewToken() throws Exception {
        RotationModel rotation = model.rotation(acme());
        String fresh = hub.createToken(Scope.READ);
        rotation.token.set(fresh);
        keychain.during = model::cancel; // Stop, while the keychain writes
        rotation.testAndReplace();
        assertThat(keychain.inner.read(key)).as("the abandoned call completed anyway").contains(fresh);
        assertThat(rotation.outcome.get()).doesNotContain("unchanged").contains("may have completed");
        assertThat(acme().messageProperty().get()).doesNotContain("Nothing was changed").contains("may have");
        assertThat(rotation.running.get()).isFalse();
        assertThat(acme().busyProperty().get()).isFalse();
    }

    @Test
    void stopBeforeTheKeychainWasTouchedSaysTheTokenIsUnchanged() throws Exception {
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(hub.createToken(Scope.READ));
        SyncTaskExecutor held = SyncTaskExecutor.held();
        var context = UiFixture.context(hub, keychain, dir, held);
        ConnectionsModel m = new ConnectionsModel(context, ConnectionsModelTest.CLOCK, o -> true);
        m.show(new ProgressStore.Listing(java.util.List.of(acme().onboarding()), java.util.List.of()));
        RotationModel r = m.rotation(m.row(hub.org()).orElseThrow());
        r.token.set(hub.createToken(Scope.READ));
        r.testAndReplace();
        assertThat(r.running.get()).isTrue();
        r.cancel();
        held.runAll(); // the work runs late; its result is dropped
        assertThat(r.outcome.get()).contains("unchanged");
        assertThat(r.result.get()).isNotEqualTo(RotationModel.Result.REPLACED);
    }

    @Test
    void stopWhileRemovingSaysTheTokenMayBeDeletedAndKeepsTheProgress() throws Exception {
        keychain.during = model::cancel; // Stop, while the keychain deletes
        model.remove(acme());
        assertThat(keychain.inner.entries()).as("the abandoned call completed anyway").isEmpty();
        assertThat(acme().messageProperty().get()).doesNotContain("Nothing was changed").contains("may have completed")
                .contains("Remove again");
        assertThat(model.rows()).extracting(ConnectionRow::organization).contains(hub.org());
    }
}
