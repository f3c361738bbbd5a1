package dev.hubonboard.defender;

import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.PracticeAzure;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorSessionTest {
    static final String DOCKER = "dckr_pat_session0123456789abcdefABCD";

    @TempDir
    Path config;

    @Test
    void signsInOnceWhileTheTokenIsFreshAndAgainNearExpiry() throws Exception {
        try (PracticeAzure azure = PracticeAzure.start()) {
            AtomicInteger signIns = new AtomicInteger();
            Duration[] lifetime = {Duration.ofHours(1)};
            ConnectorSession session = session(azure, () -> {
                signIns.incrementAndGet();
                return AzureToken.of(azure.accessToken(), Instant.now().plus(lifetime[0]), PracticeAzure.SUBSCRIPTION, null);
            });

            session.creation().subscriptions();
            session.creation().subscriptions();
            assertThat(signIns).hasValue(1);
            assertThat(session.defaultSubscription()).contains(PracticeAzure.SUBSCRIPTION);

            lifetime[0] = Duration.ofMinutes(2);
            session.forget();
            session.creation();
            session.creation();
            assertThat(signIns).as("a token within 5 minutes of expiry is taken again").hasValue(3);
        }
    }

    @Test
    void thePreFlightSignsInForTheChosenSubscriptionsTenant() throws Exception {
        try (PracticeAzure azure = PracticeAzure.start()) {
            java.util.List<String> asked = new java.util.ArrayList<>();
            ConnectorSession session = session(azure, new dev.hubonboard.azure.AzureSignIn() {
                @Override
                public AzureToken signIn() {
                    asked.add("default");
                    return AzureToken.of(azure.accessToken(), Instant.now().plusSeconds(3600), null, null);
                }

                @Override
                public AzureToken signIn(String subscription) {
                    asked.add(subscription);
                    return AzureToken.of(azure.accessToken(), Instant.now().plusSeconds(3600), subscription, "t");
                }
            });

            session.creation().subscriptions();
            session.creationFor(PracticeAzure.SUBSCRIPTION).subscriptions();
            session.creationFor(PracticeAzure.SUBSCRIPTION).subscriptions();
            session.creationFor(PracticeAzure.SECOND_SUBSCRIPTION);

            assertThat(asked).containsExactly("default", PracticeAzure.SUBSCRIPTION, PracticeAzure.SECOND_SUBSCRIPTION);
        }
    }

    @Test
    void rotationUpdatesTheSavedConnectorAndTheLastWrittenTime() throws Exception {
        try (PracticeAzure azure = PracticeAzure.start()) {
            ConnectorSession session = session(azure, () -> AzureToken.of(azure.accessToken(),
                    Instant.now().plusSeconds(3600), null, null));
            assertThatThrownBy(() -> session.updateAfterRotation("acme-corp", "acmescanner", DOCKER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("create it first");
            assertThat(ConnectorSession.lastWrittenWords(session.saved("acme-corp"), ZoneOffset.UTC))
                    .isEqualTo("Defender connector: not created from this app");

            ConnectorForm form = new ConnectorForm("acme-corp", "acmescanner");
            form.subscription(PracticeAzure.SUBSCRIPTION);
            form.resourceGroup("rg-security");
            form.location("westeurope");
            ConnectorCreation creation = session.creation();
            PreFlight p = creation.preFlight(form.settings());
            session.remember("acme-corp", PracticeAzure.SUBSCRIPTION, creation.write(form.settings(), p, "dckr_pat_first0123456789"));
            String first = ConnectorSession.lastWrittenWords(session.saved("acme-corp"), ZoneOffset.UTC);
            assertThat(first).startsWith("Defender connector dockerhub-acme-corp (rg-security): last written ");

            ConnectorWritten w = session.updateAfterRotation("acme-corp", "acmescanner", DOCKER);

            assertThat(w.action()).isEqualTo(PreFlight.Action.UPDATE);
            assertThat(azure.holdsToken("rg-security", "dockerhub-acme-corp", DOCKER)).isTrue();
            assertThat(session.saved("acme-corp").flatMap(SavedConnector::lastWritten)).contains(w.at());
        }
    }

    @Test
    void lastWrittenWordsReadWell() {
        SavedConnector s = new SavedConnector("acme-corp", "s", "rg", "dockerhub-acme-corp", "westeurope",
                Optional.of(Instant.parse("2026-11-30T14:02:00Z")));
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.US);
        try {
            assertThat(ConnectorSession.lastWrittenWords(Optional.of(s), ZoneOffset.UTC))
                    .isEqualTo("Defender connector dockerhub-acme-corp (rg): last written Nov 30, 2026, 14:02 UTC");
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }

    private ConnectorSession session(PracticeAzure azure, dev.hubonboard.azure.AzureSignIn signIn) {
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 2,
                Duration.ofMillis(1), Duration.ofSeconds(5)), d -> { }, Clock.systemUTC());
        return new ConnectorSession(signIn, () -> transport, HttpUrl.get(azure.url().toString()),
                new SavedConnectors(config), d -> { }, Clock.systemUTC());
    }
}
