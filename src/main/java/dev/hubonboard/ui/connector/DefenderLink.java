package dev.hubonboard.ui.connector;

import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.AzureCli;
import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.defender.ConnectorSession;
import dev.hubonboard.defender.SavedConnectors;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.Sleeper;
import dev.hubonboard.sandbox.PracticeAzure;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The app's way to Azure for Defender's connector, built on first use: in real use the administrator's Azure CLI and
 * Azure Resource Manager; in practice mode a practice Azure on this computer, started beside the practice Hub and
 * signed in without {@code az}. Saved connector targets live beside the saved progress (practice keeps its own).
 */
public final class DefenderLink implements AutoCloseable {
    private final boolean practice;
    private final Supplier<Path> folder;
    private final Supplier<HttpTransport> transport;
    private SavedConnectors saved;
    private PracticeAzure practiceAzure;
    private ConnectorSession session;
    private boolean closed;

    /**
     * @param folder where saved progress lives; connector targets go into its {@code defender-connectors} folder
     */
    public DefenderLink(boolean practice, Supplier<Path> folder, Supplier<HttpTransport> transport) {
        this.practice = practice;
        this.folder = folder;
        this.transport = transport;
    }

    /** The session (starts the practice Azure the first time in practice mode; runs nothing else). */
    public synchronized ConnectorSession session() {
        if (closed) {
            throw new IllegalStateException("Hub Onboard is closing.");
        }
        if (session == null) {
            SavedConnectors store = saved();
            if (practice) {
                PracticeAzure azure = PracticeAzure.start();
                practiceAzure = azure;
                session = new ConnectorSession(() -> AzureToken.of(azure.accessToken(),
                        Instant.now().plus(Duration.ofHours(1)), azure.subscription(), PracticeAzure.TENANT),
                        transport, BaseUrl.parse("practice Azure URL", azure.url().toString()), store, Sleeper.REAL,
                        Clock.systemUTC());
            } else {
                session = new ConnectorSession(AzureCli.fromSystem(), transport,
                        BaseUrl.parse("Azure Resource Manager URL", ArmClient.DEFAULT_URL), store, Sleeper.REAL,
                        Clock.systemUTC());
            }
        }
        return session;
    }

    /** Where connector targets are saved (no Azure needed to read them). */
    public synchronized SavedConnectors saved() {
        if (saved == null) {
            saved = new SavedConnectors(folder.get());
        }
        return saved;
    }

    /** The practice Azure, once started (tests look at what it holds). */
    public synchronized Optional<PracticeAzure> practiceAzure() {
        return Optional.ofNullable(practiceAzure);
    }

    public boolean isPractice() {
        return practice;
    }

    /** Drops the Azure access token, if one was taken: the next call reads it from {@code az} (or practice) again. */
    public synchronized void forgetSignIn() {
        if (session != null) {
            session.forget();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (session != null) {
            session.forget();
        }
        if (practiceAzure != null) {
            practiceAzure.close();
        }
    }
}
