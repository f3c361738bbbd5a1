package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.TokenExpiry;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import dev.hubonboard.ui.app.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Connections model without a screen, against the practice Hub, an in-memory keychain and a progress folder of
 * its own; background work runs at once on the test's thread.
 */
class ConnectionsModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path dir;
    PracticeHub hub;
    MemorySecretStore keychain = new MemorySecretStore();
    ProgressStore store;
    ConnectionsModel model;
    SecretKey key;

    @BeforeEach
    void start() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        AppContext context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate())
                .with(new dev.hubonboard.ui.app.SessionSecrets(new dev.hubonboard.ui.kit.SecretClipboard(board, (d, a) -> () -> { })));
        store = context.progress();
        store.save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(), TODAY.plusDays(20)));
        store.save(SavedOnboardings.upTo("globex", hub.dedicatedUsername(), Step.TOKEN, null));
        key = new SecretKey(hub.org(), hub.dedicatedUsername());
        model = new ConnectionsModel(context, CLOCK, o -> true);
    }

    @AfterEach
    void stop() {
        model.context().writer().flush(); // nothing is still writing into the folder JUnit deletes
        hub.close();
    }

    /** The clipboard, in memory. */
    final dev.hubonboard.ui.kit.FakeClipboard board = new dev.hubonboard.ui.kit.FakeClipboard();

    ConnectionRow acme() {
        return model.row(hub.org()).orElseThrow();
    }

    @Test
    void listsEveryOrganizationWithItsStateAndShowsUnreadableFiles() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{ not json");
        model.load();
        assertThat(model.rows()).extracting(ConnectionRow::organization).containsExactly(hub.org(), "globex");
        assertThat(acme().finished()).isTrue();
        assertThat(acme().expiryProperty().get().level()).isEqualTo(TokenExpiry.Level.SOON);
        assertThat(acme().lastTestProperty().get().state()).isEqualTo(LastTest.State.NEVER);
        ConnectionRow globex = model.row("globex").orElseThrow();
        assertThat(globex.finished()).isFalse();
        assertThat(globex.progress()).isEqualTo("Unfinished: next step is Connection test");
        assertThat(model.problems()).singleElement().asString().contains("broken").contains("could not be used");
        model.load(); // the file is moved aside now: a second listing no longer mentions it, the screen still does
        assertThat(model.problems()).hasSize(1);
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void retestRecordsTheNewReportAndSavesIt() throws Exception {
        keychain.save(key, hub.createToken(Scope.READ));
        model.load();
        model.retest(acme());
        assertThat(acme().lastTestProperty().get().state()).isEqualTo(LastTest.State.READY);
        assertThat(acme().lastTestProperty().get().finishedAt()).isPresent();
        assertThat(acme().messageProperty().get()).startsWith("Ready");
        model.context().writer().flush(); // saves are written in order on the writer's thread
        Onboarding saved = store.load(hub.org()).orElseThrow();
        assertThat(LastTest.parse(saved.lastConnectionReport()).state()).isEqualTo(LastTest.State.READY);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(acme().busyProperty().get()).isFalse();
    }

    @Test
    void aRetestDockerHubRateLimitsIsSavedAndShownAsRateLimited() throws Exception {
        keychain.save(key, hub.createToken(Scope.READ));
        model.load();
        // One wait longer than the test may take (an hour): the test ends rate-limited at once, exit 3 in `check`.
        hub.faults().next(dev.hubonboard.sandbox.Target.HUB, "/v2/namespaces", 1,
                dev.hubonboard.sandbox.Fault.status429RetryAfter(3600));
        model.retest(acme());
        assertThat(acme().lastTestProperty().get().state()).isEqualTo(LastTest.State.RATE_LIMITED);
        assertThat(acme().lastTestProperty().get().describe(ZoneOffset.UTC)).startsWith("Rate-limited: ")
                .doesNotContain("could not be reached");
        model.context().writer().flush();
        Onboarding saved = store.load(hub.org()).orElseThrow();
        assertThat(LastTest.parse(saved.lastConnectionReport()).state()).isEqualTo(LastTest.State.RATE_LIMITED);
    }

    @Test
    void retestWithoutSavedTokenOrKeychainSaysSo() throws Exception {
        model.load();
        model.retest(acme());
        assertThat(acme().messageProperty().get()).contains("No token for " + key.account())
                .contains("Rotate token");
        keychain.unavailable("no keychain service is running");
        model.retest(acme());
        assertThat(acme().messageProperty().get()).contains("keychain cannot be used")
                .contains("no keychain service is running");
        assertThat(acme().lastTestProperty().get().state()).isEqualTo(LastTest.State.NEVER);
    }

    @Test
    void anOrganizationAccessTokenIsRefusedBeforeAnyRequest() throws Exception {
        String old = hub.createToken(Scope.READ);
        keychain.save(key, old);
        model.load();
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(hub.organizationAccessToken());
        assertThat(rotation.canTest.get()).isFalse();
        int before = hub.requests().all().size();
        rotation.testAndReplace();
        assertThat(hub.requests().all()).hasSize(before);
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REFUSED);
        assertThat(rotation.outcome.get()).contains("organization access token").contains("unchanged");
        assertThat(keychain.read(key)).contains(old);
    }

    @Test
    void aReadWriteTokenIsRefusedWithTheFailedCheckAndTheOldTokenStays() throws Exception {
        String old = hub.createToken(Scope.READ);
        keychain.save(key, old);
        model.load();
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(hub.createToken(Scope.WRITE));
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REFUSED);
        assertThat(rotation.outcome.get()).contains("can push").contains("The saved token is unchanged");
        assertThat(keychain.read(key)).contains(old);
        assertThat(acme().lastTestProperty().get().state()).isEqualTo(LastTest.State.NEVER); // not the token in use
    }

    @Test
    void aGoodTokenReplacesTheOldOneAndSaysWhatToUpdateInDefender() throws Exception {
        keychain.save(key, hub.createToken(Scope.READ));
        model.load();
        RotationModel rotation = model.rotation(acme());
        String fresh = hub.createToken(Scope.READ);
        rotation.token.set(fresh);
        rotation.expiry.set(TODAY.plusDays(90));
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REPLACED);
        assertThat(rotation.outcome.get())
                .contains("update the access token in the Docker Hub connector in Defender for Cloud");
        assertThat(keychain.read(key)).contains(fresh);
        assertThat(rotation.token.get()).as("kept for Copy until the dialog closes").isEqualTo(fresh);
        rotation.forget();
        assertThat(rotation.token.get()).isEmpty();
        assertThat(acme().expiryProperty().get().level()).isEqualTo(TokenExpiry.Level.OK);
        assertThat(acme().lastTestProperty().get().state()).isEqualTo(LastTest.State.READY);
        model.context().writer().flush(); // saves are written in order on the writer's thread
        Onboarding saved = store.load(hub.org()).orElseThrow();
        assertThat(saved.tokenExpiry()).contains(TODAY.plusDays(90));
        assertThat(Files.readString(store.fileFor(hub.org()))).doesNotContain(fresh);
    }

    @Test
    void aGoodTokenIsSavedWhenNoneWasSavedBefore() throws Exception {
        model.load();
        RotationModel rotation = model.rotation(acme());
        String fresh = hub.createToken(Scope.READ);
        rotation.token.set(fresh);
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REPLACED);
        assertThat(keychain.read(key)).contains(fresh);
    }

    @Test
    void aGoodTokenWithoutKeychainIsNotStoredAndSaysWhy() throws Exception {
        model.load();
        keychain.unavailable("the keychain is locked");
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(hub.createToken(Scope.READ));
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.FAILED);
        assertThat(rotation.outcome.get()).contains("passed the connection test")
                .contains("the keychain is locked").contains("Nothing was replaced");
    }

    @Test
    void removeDeletesTheKeychainEntryAndTheSavedProgress() throws Exception {
        keychain.save(key, hub.createToken(Scope.READ));
        model.load();
        model.remove(acme());
        assertThat(keychain.entries()).isEmpty();
        assertThat(store.fileFor(hub.org())).doesNotExist();
        assertThat(model.rows()).extracting(ConnectionRow::organization).containsExactly("globex");
        assertThat(model.noticeProperty().get()).startsWith("Removed " + hub.org());
    }

    @Test
    void removeWithoutKeychainKeepsTheSavedProgress() throws Exception {
        model.load();
        keychain.unavailable("no keychain service is running");
        model.remove(acme());
        assertThat(store.fileFor(hub.org())).exists();
        assertThat(model.rows()).hasSize(2);
        assertThat(acme().messageProperty().get()).startsWith("Not removed").contains("no keychain service is running");
    }

    /** Issue 14, item 6: a refused token is said in words about a token, not a username and password. */
    @Test
    void aTokenDockerHubRefusesIsSaidInWordsAboutTheToken() throws Exception {
        model.load();
        RotationModel rotation = model.rotation(acme());
        rotation.token.set("dckr_pat_ThisTokenWasNeverIssued0123456");
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REFUSED);
        assertThat(rotation.outcome.get()).contains("did not accept the new token for " + hub.dedicatedUsername())
                .doesNotContain("password").doesNotContain("incorrect username");
    }

    /** Issue 14, item 13: Connections never sends to Rotate for a missing keychain; a rotated token can be copied. */
    @Test
    void theRotatedTokenCanBeCopiedForDefenderAndPracticeModeMakesOne() throws Exception {
        model.load();
        keychain.unavailable("no keychain service is running");
        model.retest(acme());
        assertThat(acme().messageProperty().get()).doesNotContain("Rotate token lets you");
        keychain.available();
        model.createPracticeToken();
        String fresh = model.practiceToken.get();
        assertThat(fresh).startsWith("dckr_pat_");
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(fresh);
        rotation.testAndReplace();
        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REPLACED);
        rotation.copyNewToken();
        assertThat(board.text()).isEqualTo(fresh);
        assertThat(rotation.outcome.get()).contains("Copied").doesNotContain(fresh);
        model.context().session().forget(); // the app quits
        assertThat(board.text()).isNull();
    }
}
