package dev.hubonboard.ui.app;

import dev.hubonboard.ui.connector.DefenderLink;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.kit.SecretClipboard;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.owner.OwnerActions;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.store.ProgressWriter;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.SecretStore;
import dev.hubonboard.ui.task.TaskExecutor;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything the screens need, built once at start-up and handed down: the ui talks to the onboarding layer
 * through these, never to OkHttp or the keychain library directly. Tests build one over the practice Hub with an
 * in-memory keychain and a synchronous task executor.
 *
 * @param places     gives where Docker Hub is, worked out on first use: checking the URLs loads OkHttp, which the
 *                   first window does not need
 * @param transports gives the one HTTP transport, built on first use: it loads TLS and reads the operating system's
 *                   certificates, which the first window does not need to wait for
 * @param writer     the one ordered writer of saved progress
 * @param session    the one owner of this session's secrets
 * @param defender   the way to Azure for Defender's connector (the Azure CLI, or the practice Azure), built on use
 */
public record AppContext(Supplier<Endpoints> places, Supplier<HttpTransport> transports, SecretStore secrets,
                         ProgressWriter writer, TaskExecutor executor, SessionSecrets session,
                         Optional<PracticeHub> practice, DefenderLink defender) {

    public AppContext {
        if (session != null && defender != null) {
            session.azure(defender::forgetSignIn); // one forget drops the Azure token with the rest
        }
    }

    /** With the default way to Azure: the practice Azure when practising, else the Azure CLI. */
    public AppContext(Supplier<Endpoints> places, Supplier<HttpTransport> transports, SecretStore secrets,
                      ProgressWriter writer, TaskExecutor executor, SessionSecrets session,
                      Optional<PracticeHub> practice) {
        this(places, transports, secrets, writer, executor, session, practice,
                new DefenderLink(practice.isPresent(), () -> writer.store().directory(), transports));
    }

    public AppContext(Endpoints endpoints, HttpTransport transport, SecretStore secrets, ProgressStore progress,
                      TaskExecutor executor, Optional<PracticeHub> practice) {
        this(() -> endpoints, () -> transport, secrets, new ProgressWriter(progress, executor.saves()), executor,
                new SessionSecrets(SecretClipboard.system()), practice);
    }

    /** The same context with another owner of the secrets (tests: a fake clipboard). */
    public AppContext with(SessionSecrets other) {
        return new AppContext(places, transports, secrets, writer, executor, other, practice, defender);
    }

    /** Saves the onboarding as it is now, after earlier saves; {@code said} hears a problem in words, on the FX thread. */
    public void save(Onboarding o, Consumer<String> said) {
        String org = o.organization();
        writer.save(ProgressStore.snapshot(o)).whenComplete((movedAside, e) -> executor.toFx(() -> {
            if (e != null) {
                said.accept("Progress of " + org + " could not be saved: " + Messages.of(e));
            } else {
                movedAside.ifPresent(p -> said.accept(p.message()));
            }
        }));
    }

    public Endpoints endpoints() {
        return places.get();
    }

    public ProgressStore progress() {
        return writer.store();
    }

    /** Builds the value once, on the first call from any thread. */
    public static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    public HttpTransport transport() {
        return transports.get();
    }

    public OwnerActions ownerActions() {
        return new OwnerActions(new HubClient(transport(), endpoints().hub()));
    }

    public ConnectionTest connectionTest() {
        return new ConnectionTest(transport(), endpoints().hub(), endpoints().registry());
    }

    public boolean isPractice() {
        return practice.isPresent();
    }
}
