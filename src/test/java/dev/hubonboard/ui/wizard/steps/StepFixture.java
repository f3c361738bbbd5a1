package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.kit.SecretClipboard;
import dev.hubonboard.ui.app.SessionSecrets;
import dev.hubonboard.ui.task.TaskExecutor;
import dev.hubonboard.ui.wizard.WizardModel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A wizard over the practice Hub where the dedicated user is already a member, with an in-memory keychain and an
 * onboarding past the e-mail verification: where the token step starts.
 */
final class StepFixture implements AutoCloseable {
    final PracticeHub hub;
    final MemorySecretStore keychain = new MemorySecretStore();
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final dev.hubonboard.ui.kit.FakeClipboard board = new dev.hubonboard.ui.kit.FakeClipboard();
    final FinishModelTest.ManualTimer clipTimer = new FinishModelTest.ManualTimer();
    final WizardModel wizard;
    final Onboarding onboarding;

    StepFixture(Path dir, TaskExecutor background) {
        this(dir, background, PracticeHub.builder().emailVerified(true).inviteAccepted(true).start(), null);
    }

    /** @param endpoints null for the practice Hub's own */
    StepFixture(Path dir, TaskExecutor background, PracticeHub hub, Endpoints endpoints) {
        this.hub = hub;
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 4,
                Duration.ofMillis(10), Duration.ofSeconds(120)), waits::add, Clock.systemUTC());
        Endpoints where = endpoints != null ? endpoints
                : Endpoints.practice(hub.hubUrl().toString(), hub.registryUrl().toString());
        AppContext context = new AppContext(where, transport, keychain, new ProgressStore(dir.resolve("progress")),
                background, Optional.of(hub)).with(new SessionSecrets(new SecretClipboard(board, clipTimer)));
        wizard = new WizardModel(context);
        onboarding = pastVerification(hub);
        wizard.use(onboarding);
    }

    /** Prerequisites done in manual mode, and the dedicated user recorded as already a member. */
    static Onboarding pastVerification(PracticeHub hub) {
        Onboarding o = Onboarding.begin(hub.org());
        o.chooseOwnerMode(OwnerMode.MANUAL);
        o.setInvitee(Invitee.byEmail(hub.dedicatedEmail()));
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        o.markExistingMember("The dedicated user is already a member of the organization.");
        return o;
    }

    /** The token step done with a token of this scope, as the token page would leave it. */
    String tokenDone(PracticeHub.Scope scope) {
        String token = hub.createToken(scope);
        onboarding.setDedicatedDockerId(hub.dedicatedUsername());
        onboarding.start(Step.TOKEN);
        wizard.session().dedicatedToken(token);
        onboarding.complete(Step.TOKEN);
        return token;
    }

    /** The connection test done as well: where Finish starts. */
    String testDone() {
        String token = tokenDone(PracticeHub.Scope.READ);
        onboarding.start(Step.CONNECTION_TEST);
        onboarding.complete(Step.CONNECTION_TEST);
        return token;
    }

    @Override
    public void close() {
        wizard.flushSaves();
        hub.close();
    }
}
