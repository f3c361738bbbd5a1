package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.RepositoryList;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Connections with the owner's saved repository list (issue 11): Re-test, Rotate and "Save repository list…". */
class RepositoryListConnectionsTest {
    @TempDir
    Path dir;
    PracticeHub hub;
    final MemorySecretStore keychain = new MemorySecretStore();
    ProgressStore store;
    ConnectionsModel model;
    SecretKey key;

    @BeforeEach
    void start() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        AppContext context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        store = context.progress();
        Onboarding done = SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(),
                ConnectionsModelTest.TODAY.plusDays(60));
        done.setExpectedRepositories(List.of("billing-api", "web", "legacy-payments"));
        store.save(done);
        key = new SecretKey(hub.org(), hub.dedicatedUsername());
        model = new ConnectionsModel(context, ConnectionsModelTest.CLOCK, o -> true);
        model.load();
    }

    @AfterEach
    void stop() {
        model.context().writer().flush();
        hub.close();
    }

    private ConnectionRow acme() {
        return model.row(hub.org()).orElseThrow();
    }

    @Test
    void retestProvesTheSavedListAndNamesWhatCannotBePulled() throws Exception {
        keychain.save(key, hub.createToken(Scope.READ));
        model.retest(acme());
        assertThat(acme().messageProperty().get()).startsWith("Not ready")
                .contains("acme-corp/legacy-payments");
    }

    @Test
    void rotateRefusesATokenThatCannotPullTheSavedList() throws Exception {
        String old = hub.createToken(Scope.READ);
        keychain.save(key, old);
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(hub.createToken(Scope.PUBLIC_READ));
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REFUSED);
        assertThat(rotation.outcome.get()).contains("Public Repo Read-only");
        assertThat(keychain.read(key)).contains(old);
    }

    @Test
    void saveRepositoryListWritesTheCheckFile() throws Exception {
        Path file = dir.resolve("acme-repositories.txt");
        model.saveRepositoryList(acme(), file);
        assertThat(RepositoryList.read(hub.org(), file)).containsExactly("billing-api", "web", "legacy-payments");
        assertThat(Files.readString(file)).doesNotContain("dckr_");
        assertThat(acme().messageProperty().get()).contains("Saved 3 repositories").contains("--repositories");
    }

    @Test
    void withoutASavedListNothingIsWrittenAndTheOwnerIsTold() throws Exception {
        Onboarding manual = SavedOnboardings.complete("globex", hub.dedicatedUsername(),
                ConnectionsModelTest.TODAY.plusDays(60));
        store.save(manual);
        model.load();
        ConnectionRow globex = model.row("globex").orElseThrow();
        Path file = dir.resolve("globex-repositories.txt");
        model.saveRepositoryList(globex, file);
        assertThat(file).doesNotExist();
        assertThat(globex.messageProperty().get()).contains("No repository list was saved");
    }
}
