package dev.hubonboard.defender;

import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.AzureSignIn;
import dev.hubonboard.azure.AzureSignInException;
import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.Sleeper;
import okhttp3.HttpUrl;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the screens hold for Azure: one sign-in (taken again when the token is about to expire), the
 * connector-creation service over it, and the saved targets with their "last written" time. The Azure token stays
 * inside; nothing here returns it.
 */
public final class ConnectorSession {
    /** A token closer to expiry than this is replaced before a call: a write must not fail half-way for it. */
    static final Duration FRESH_ENOUGH = Duration.ofMinutes(5);

    private AzureSignIn signIn;
    private final Supplier<HttpTransport> transport;
    private HttpUrl armUrl;
    private final SavedConnectors store;
    private final Sleeper sleeper;
    private final Clock clock;
    private AzureToken token;
    private AzureToken subscriptionToken;
    private String tokenSubscription;
    private volatile boolean practice;
    private java.util.List<String> scenarios = java.util.List.of();
    private java.util.function.Consumer<String> play = word -> { };

    public ConnectorSession(AzureSignIn signIn, Supplier<HttpTransport> transport, HttpUrl armUrl, SavedConnectors store,
                            Sleeper sleeper, Clock clock) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.armUrl = Objects.requireNonNull(armUrl, "armUrl");
        this.store = Objects.requireNonNull(store, "store");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Marks this session as practice mode's (the practice Azure), so screens say so instead of "Azure CLI". */
    public ConnectorSession practice(boolean practice) {
        this.practice = practice;
        return this;
    }

    public boolean practice() {
        return practice;
    }

    /**
     * Practice mode: the situations the practice Azure can play (by name, with what each models) and how to switch to
     * one; the switch {@link #retarget}s this session.
     */
    public ConnectorSession practiceScenarios(java.util.List<String> scenarios, java.util.function.Consumer<String> play) {
        this.scenarios = java.util.List.copyOf(scenarios);
        this.play = java.util.Objects.requireNonNull(play, "play");
        return this;
    }

    public java.util.List<String> practiceScenarios() {
        return scenarios;
    }

    /** Makes the practice Azure play this scenario (restarts it); the next call signs in again. */
    public void playPractice(String scenario) {
        play.accept(scenario);
    }

    /** Talks to another Azure from now on (a practice Azure restarted for a scenario); the token is forgotten. */
    public synchronized void retarget(AzureSignIn signIn, HttpUrl armUrl) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.armUrl = Objects.requireNonNull(armUrl, "armUrl");
        this.token = null;
        this.subscriptionToken = null;
        this.tokenSubscription = null;
    }

    /** The service over a fresh enough sign-in (runs {@code az} the first time: call off the UI thread). */
    public synchronized ConnectorCreation creation() throws AzureSignInException {
        if (token == null || token.expiresWithin(FRESH_ENOUGH, clock)) {
            token = signIn.signIn();
        }
        return new ConnectorCreation(new ArmClient(transport.get(), armUrl, token), sleeper, clock);
    }

    /**
     * The service over a sign-in for this subscription's own tenant ({@code az account get-access-token
     * --subscription SUB}): what the pre-flight and the write use, so a subscription in another tenant than the CLI's
     * default is not refused with InvalidAuthenticationTokenTenant (call off the UI thread).
     */
    public synchronized ConnectorCreation creationFor(String subscription) throws AzureSignInException {
        if (subscription == null || subscription.isBlank()) {
            return creation();
        }
        if (subscriptionToken == null || !subscription.equalsIgnoreCase(tokenSubscription)
                || subscriptionToken.expiresWithin(FRESH_ENOUGH, clock)) {
            subscriptionToken = signIn.signIn(subscription);
            tokenSubscription = subscription;
        }
        return new ConnectorCreation(new ArmClient(transport.get(), armUrl, subscriptionToken), sleeper, clock);
    }

    /** The signed-in account's default subscription, to preselect in the picker. */
    public synchronized Optional<String> defaultSubscription() {
        return token == null ? Optional.empty() : token.subscription();
    }

    /** Forgets the Azure token (closing the dialog, signing out): the next call signs in again. */
    public synchronized void forget() {
        token = null;
        subscriptionToken = null;
        tokenSubscription = null;
    }

    public Optional<SavedConnector> saved(String organization) {
        return store.load(organization);
    }

    /** Saves where the connector now is and when it was written. */
    public SavedConnector remember(String organization, String subscription, ConnectorWritten written) throws IOException {
        SavedConnector saved = SavedConnector.of(organization, subscription, written);
        store.save(saved);
        return saved;
    }

    /**
     * After a rotation passed: writes the new token to the saved connector and remembers when.
     *
     * @throws IllegalStateException when no connector was saved for the organization
     */
    public ConnectorWritten updateAfterRotation(String organization, String dockerId, String accessToken)
            throws AzureSignInException, ServiceException, IOException {
        SavedConnector saved = saved(organization).orElseThrow(() -> new IllegalStateException("No connector was "
                + "created from Hub Onboard for " + organization + "; create it first."));
        ConnectorWritten written = creationFor(saved.subscriptionId()).updateAfterRotation(saved, dockerId, accessToken);
        remember(organization, saved.subscriptionId(), written);
        return written;
    }

    /** For the Connections card: "Defender connector dockerhub-acme (rg-security): last written Nov 30, 2026, 14:02 UTC". */
    public static String lastWrittenWords(Optional<SavedConnector> saved, ZoneId zone) {
        return saved.map(s -> "Defender connector " + s.name() + " (" + s.resourceGroup() + "): " + s.lastWritten()
                .map(at -> "last written " + dev.hubonboard.onboarding.When.of(at, zone)).orElse("not written from this app yet"))
                .orElse("Defender connector: not created from this app");
    }
}
