package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.kit.KeepToken;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 1 in Rotate token: a new token that passed the test but that the keychain did not take is asked
 * about before the dialog closes, and each answer does what it says.
 */
class RotationKeepTokenTest {
    @TempDir
    Path dir;
    PracticeHub hub;
    MemorySecretStore keychain = new MemorySecretStore();
    AppContext context;
    SecretKey key;
    String oldToken;
    String fresh;
    RotationModel model;
    final List<KeepToken.Question> asked = new ArrayList<>();
    final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void passedButNotKept() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        ProgressStore store = context.progress();
        store.save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(), LocalDate.now().plusDays(90)));
        key = new SecretKey(hub.org(), hub.dedicatedUsername());
        oldToken = hub.createToken(Scope.READ);
        keychain.save(key, oldToken);
        ConnectionsModel connections = new ConnectionsModel(context, java.time.Clock.systemUTC(), o -> true);
        connections.show(store.list());
        model = connections.rotation(connections.row(hub.org()).orElseThrow());
        fresh = hub.createToken(Scope.READ);
        model.token.set(fresh);
        keychain.unavailable("locked"); // the test passes, the keychain refuses the new token
        model.testAndReplace();
        assertThat(model.result.get()).isEqualTo(RotationModel.Result.FAILED);
        assertThat(model.wouldLoseAToken()).isTrue();
        keychain.available(); // unlocked meanwhile
    }

    @AfterEach
    void stop() {
        context.writer().flush();
        hub.close();
    }

    private KeepToken.Asker answering(KeepToken.Answer a) {
        return (q, then) -> {
            asked.add(q);
            then.accept(a);
        };
    }

    @Test
    void saveKeepsTheNewTokenAndCloses() throws Exception {
        model.requestClose(answering(KeepToken.Answer.SAVE_AND_LEAVE), closed::incrementAndGet);
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst().canSave()).isTrue();
        assertThat(asked.getFirst().text()).doesNotContain(fresh);
        assertThat(closed).hasValue(1);
        assertThat(keychain.read(key)).contains(fresh);
        assertThat(model.result.get()).isEqualTo(RotationModel.Result.REPLACED);
    }

    @Test
    void discardClosesAndTheOldTokenStays() throws Exception {
        model.requestClose(answering(KeepToken.Answer.DISCARD), closed::incrementAndGet);
        assertThat(closed).hasValue(1);
        assertThat(keychain.read(key)).contains(oldToken);
        assertThat(model.wouldLoseAToken()).isFalse();
    }

    @Test
    void stayKeepsTheDialog() throws Exception {
        model.requestClose(answering(KeepToken.Answer.STAY), closed::incrementAndGet);
        assertThat(closed).hasValue(0);
        assertThat(model.wouldLoseAToken()).isTrue();
        assertThat(keychain.read(key)).contains(oldToken);
    }
}
