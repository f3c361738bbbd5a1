package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, item 6: one Remove takes away everything the app keeps for an organization (the saved progress, where its
 * Defender connector was written, every keychain entry under it, also one an earlier Docker ID left) and says
 * exactly what it removed; another organization's files and entries stay.
 */
class RemoveOrganizationTest {
    @TempDir
    Path dir;
    PracticeHub hub;
    MemorySecretStore keychain = new MemorySecretStore();
    ProgressStore store;
    ConnectionsModel model;
    AppContext context;

    @BeforeEach
    void start() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        store = context.progress();
        model = new ConnectionsModel(context, Clock.systemUTC(), o -> true);
    }

    @AfterEach
    void stop() {
        context.writer().flush();
        hub.close();
    }

    @Test
    void removeTakesEveryFileAndKeychainEntryOfTheOrganizationAndSaysWhich() throws Exception {
        String org = hub.org();
        Onboarding o = SavedOnboardings.complete(org, "newscanner", LocalDate.now().plusDays(60));
        o.keptInKeychain("oldscanner"); // the token was saved first under an earlier Docker ID
        o.keptInKeychain("newscanner");
        store.save(o);
        store.save(SavedOnboardings.upTo("globex", "globexscanner", Step.TOKEN, null));
        assertThat(store.load(org).orElseThrow().keychainDockerIds()).as("kept in the saved progress")
                .containsExactly("oldscanner", "newscanner");
        keychain.save(new SecretKey(org, "oldscanner"), "dckr_pat_old0000000000000000000");
        keychain.save(new SecretKey(org, "newscanner"), "dckr_pat_new0000000000000000000");
        keychain.save(new SecretKey("globex", "globexscanner"), "dckr_pat_globex00000000000000000");
        Path connector = store.directory().resolve("defender-connectors").resolve(org + ".json");
        Files.createDirectories(connector.getParent());
        Files.writeString(connector, "{}");
        Path otherConnector = connector.resolveSibling("globex.json");
        Files.writeString(otherConnector, "{}");
        model.load();

        model.remove(model.row(org).orElseThrow());

        assertThat(keychain.entries()).containsOnlyKeys(new SecretKey("globex", "globexscanner").account());
        assertThat(store.fileFor(org)).doesNotExist();
        assertThat(connector).doesNotExist();
        assertThat(store.fileFor("globex")).exists();
        assertThat(otherConnector).exists();
        assertThat(model.rows()).extracting(ConnectionRow::organization).containsExactly("globex");
        assertThat(model.noticeProperty().get()).startsWith("Removed " + org + " from this computer: ")
                .contains("the token saved in the keychain for oldscanner")
                .contains("the token saved in the keychain for newscanner")
                .contains("defender-connectors/" + org + ".json")
                .contains("its saved progress (" + org + ".json)")
                .doesNotContain("dckr_pat_");
    }

    @Test
    void whatWasNeverSavedIsNotSaidToBeRemoved() throws Exception {
        store.save(SavedOnboardings.upTo("globex", "globexscanner", Step.TOKEN, null));
        model.load();
        model.remove(model.row("globex").orElseThrow());
        assertThat(model.noticeProperty().get()).contains("its saved progress (globex.json)")
                .doesNotContain("keychain").doesNotContain("Defender connector was written");
        assertThat(keychain.entries()).isEqualTo(Map.of());
    }
}
