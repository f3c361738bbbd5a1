package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 7: Re-test is not offered on an unfinished card, and is refused there without reading the keychain
 * (it used a leftover entry and showed a lockout warning).
 */
class UnfinishedCardTest {
    @TempDir
    Path dir;
    PracticeHub hub;

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void anUnfinishedOnboardingIsNeitherTestedNorRotated() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        MemorySecretStore keychain = new MemorySecretStore();
        AppContext context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        ProgressStore store = context.progress();
        store.save(SavedOnboardings.upTo(hub.org(), hub.dedicatedUsername(), Step.TOKEN, LocalDate.now()));
        keychain.save(new SecretKey(hub.org(), hub.dedicatedUsername()), "dckr_pat_leftoverleftoverleftover12"); // leftover
        ConnectionsModel model = new ConnectionsModel(context, java.time.Clock.systemUTC(), o -> true);
        model.show(store.list());
        ConnectionRow row = model.row(hub.org()).orElseThrow();
        assertThat(row.finished()).isFalse();
        assertThat(row.canTest()).isFalse();
        keychain.unavailable("would have been read"); // any keychain read now fails loudly
        model.retest(row);
        assertThat(row.messageProperty().get()).startsWith("Nothing to test yet: this onboarding is not finished");
        assertThat(model.rotation(row).canTest.get()).isFalse();
        context.writer().flush();
    }
}
