package dev.hubonboard.ui;

import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.OwnerActions;
import dev.hubonboard.onboarding.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.SecretStore;

import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * Everything the screens need, built once at start-up and handed down: the ui talks to the onboarding layer
 * through these, never to OkHttp or the keychain library directly. Tests build one over the practice Hub with an
 * in-memory keychain.
 */
public record AppContext(Endpoints endpoints, HttpTransport transport, SecretStore secrets, ProgressStore progress,
                         Background background, Preferences preferences, Optional<PracticeHub> practice) {

    public OwnerActions ownerActions() {
        return new OwnerActions(new HubClient(transport, endpoints.hub()));
    }

    public ConnectionTest connectionTest() {
        return new ConnectionTest(transport, endpoints.hub(), endpoints.registry());
    }

    public boolean isPractice() {
        return practice.isPresent();
    }
}
