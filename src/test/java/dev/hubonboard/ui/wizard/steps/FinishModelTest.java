package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.SecretClipboard;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState.Status;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.wizard.steps.FinishModel.Keychain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The finish step's logic: keychain, connector values, clipboard; without a screen. */
class FinishModelTest {
    @TempDir
    Path dir;
    StepFixture f;
    dev.hubonboard.ui.kit.FakeClipboard board;
    ManualTimer timer;
    final AtomicInteger advanced = new AtomicInteger();


    /** A timer the test fires by hand. */
    static final class ManualTimer implements dev.hubonboard.ui.kit.Later {
        final List<Runnable> due = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public Runnable after(Duration delay, Runnable action) {
            delays.add(delay);
            due.add(action);
            return () -> due.remove(action);
        }

        void fire() {
            for (Runnable r : List.copyOf(due)) {
                due.remove(r);
                r.run();
            }
        }
    }

    @BeforeEach
    void setUp() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        board = f.board;
        timer = f.clipTimer;
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private FinishModel model() {
        return new FinishModel(f.wizard);
    }

    @Test
    void savesTheTokenInTheKeychainUnderOrgAndDockerIdThenDoneForgetsIt() {
        String token = f.testDone();
        FinishModel m = model();
        m.shown();
        assertThat(m.keychain.get()).isEqualTo(Keychain.SAVED);
        assertThat(f.keychain.entries()).containsExactly(
                java.util.Map.entry(f.hub.org() + "/" + f.hub.dedicatedUsername(), token));
        assertThat(m.keychainText.get()).contains("Saved in this computer's keychain")
                .contains(new SecretKey(f.hub.org(), f.hub.dedicatedUsername()).account()).doesNotContain(token);
        assertThat(m.organization.get()).isEqualTo(f.hub.org());
        assertThat(m.dockerId.get()).isEqualTo(f.hub.dedicatedUsername());
        assertThat(f.onboarding.keychainDockerIds()).as("remembered for Remove").containsExactly(
                f.hub.dedicatedUsername());
        assertThat(m.canProceed().get()).isTrue();
        assertThat(f.onboarding.state(Step.FINISH).status()).isEqualTo(Status.IN_PROGRESS);

        m.proceed(advanced::incrementAndGet);
        assertThat(advanced).hasValue(1);
        assertThat(f.onboarding.state(Step.FINISH).status()).isEqualTo(Status.DONE);
        assertThat(f.onboarding.isComplete()).isTrue();
        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
        assertThat(m.toString()).doesNotContain(token);
    }

    @Test
    void keychainUnavailableSaysSoAndFinishingWithoutSavingLeavesItEmpty() {
        f.keychain.unavailable("no Secret Service on the session bus");
        String token = f.testDone();
        FinishModel m = model();
        m.shown();
        assertThat(m.keychain.get()).isEqualTo(Keychain.UNAVAILABLE);
        assertThat(m.keychainText.get()).contains("no keychain").contains("no Secret Service on the session bus")
                .contains("finish without saving").doesNotContain(token);
        assertThat(m.mayFinishWithoutSaving().get()).isTrue();
        assertThat(m.canProceed().get()).isFalse();

        m.copyToken(); // the connector still gets it now
        assertThat(board.text).isEqualTo(token);
        m.finishWithoutSaving();
        assertThat(m.keychain.get()).isEqualTo(Keychain.NOT_KEPT);
        assertThat(m.canProceed().get()).isTrue();
        m.proceed(advanced::incrementAndGet);
        assertThat(advanced).hasValue(1);
        assertThat(f.keychain.entries()).isEmpty();
        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
        assertThat(board.text).isNull(); // Done took it off the clipboard
        assertThat(f.onboarding.isComplete()).isTrue();
    }

    @Test
    void lockedKeychainOffersTryAgainAndFinishWithoutSaving() {
        f.testDone();
        // A keychain that is there but locked: availability says yes, saving says locked.
        dev.hubonboard.secrets.SecretStore locked = new dev.hubonboard.secrets.SecretStore() {
            @Override
            public dev.hubonboard.secrets.Availability availability() {
                return dev.hubonboard.secrets.Availability.yes();
            }

            @Override
            public void save(SecretKey key, String secret) throws dev.hubonboard.secrets.SecretStoreException {
                throw new dev.hubonboard.secrets.SecretStoreException(
                        dev.hubonboard.secrets.SecretStoreException.Kind.LOCKED, "the login keyring is locked", null);
            }

            @Override
            public java.util.Optional<String> read(SecretKey key) {
                return java.util.Optional.empty();
            }

            @Override
            public void replace(SecretKey key, String newSecret) {
            }

            @Override
            public void delete(SecretKey key) {
            }
        };
        StepFixture g = f;
        dev.hubonboard.ui.app.AppContext c = g.wizard.context();
        dev.hubonboard.ui.wizard.WizardModel w = new dev.hubonboard.ui.wizard.WizardModel(new dev.hubonboard.ui.app.AppContext(
                c.places(), c.transports(), locked, c.writer(), c.executor(), c.session(), c.practice()));
        w.use(g.onboarding);
        w.session().dedicatedToken(g.wizard.session().dedicatedToken().orElseThrow());
        FinishModel m = new FinishModel(w);
        m.shown();
        assertThat(m.keychain.get()).isEqualTo(Keychain.UNAVAILABLE);
        assertThat(m.keychainText.get()).contains("locked").contains("Try again");
        assertThat(m.mayFinishWithoutSaving().get()).isTrue();
        w.flushSaves();
    }

    @Test
    void copiedTokenIsClearedAfterSixtySecondsIfStillOnTheClipboard() {
        String token = f.testDone();
        FinishModel m = model();
        m.shown();
        m.copyToken();
        assertThat(board.text).isEqualTo(token);
        assertThat(m.copied.get()).isEqualTo("Copied; the clipboard is cleared in 60 s.");
        assertThat(timer.delays).containsExactly(Duration.ofSeconds(60));
        timer.fire();
        assertThat(board.text).isNull();
        assertThat(m.copied.get()).contains("taken off the clipboard").doesNotContain(token);
    }

    @Test
    void somethingCopiedSinceIsLeftAlone() {
        f.testDone();
        FinishModel m = model();
        m.shown();
        m.copyToken();
        board.put("something the user copied from elsewhere");
        timer.fire();
        assertThat(board.text).isEqualTo("something the user copied from elsewhere");

        m.copyToken();
        m.copyOrganization(); // replaces the token on the clipboard; the timer leaves the org name there
        assertThat(board.text).isEqualTo(f.hub.org());
        assertThat(m.copied.get()).isEqualTo("Organization name copied.");
        timer.fire();
        assertThat(board.text).isEqualTo(f.hub.org());
        m.copyDockerId();
        assertThat(board.text).isEqualTo(f.hub.dedicatedUsername());
    }

    @Test
    void copyingAgainRestartsTheSixtySeconds() {
        f.testDone();
        FinishModel m = model();
        m.shown();
        m.copyToken();
        m.copyToken();
        assertThat(timer.due).hasSize(1); // the first timer was cancelled
    }

    @Test
    void missingTokenAfterARestartSaysSoAndSavesNothing() {
        f.testDone();
        f.wizard.session().dedicatedToken(null);
        FinishModel m = model();
        m.shown();
        assertThat(m.keychain.get()).isEqualTo(Keychain.TOKEN_MISSING);
        assertThat(m.keychainText.get()).contains("no longer in memory");
        assertThat(m.canProceed().get()).isFalse();
        assertThat(f.keychain.entries()).isEmpty();
        m.enterTokenAgain();
        assertThat(f.onboarding.state(Step.TOKEN).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(f.wizard.shownProperty().get()).isEqualTo(Step.TOKEN);
    }

    @Test
    void defenderLinkOpensTheEnvironmentSettings() {
        List<String> opened = new ArrayList<>();
        Links.use(opened::add);
        try {
            model().openDefender();
        } finally {
            Links.use(u -> { });
        }
        assertThat(opened).containsExactly(
                "https://portal.azure.com/#view/Microsoft_Azure_Security/SecurityMenuBlade/~/EnvironmentSettings");
    }
}
