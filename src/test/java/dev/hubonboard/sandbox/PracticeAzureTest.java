package dev.hubonboard.sandbox;

import dev.hubonboard.azure.ArmClient;
import dev.hubonboard.azure.AzureToken;
import dev.hubonboard.defender.ConnectorCreation;
import dev.hubonboard.defender.ConnectorSettings;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The practice Azure keeps its connectors across a restart, in its practice folder, without any token in the file. */
class PracticeAzureTest {
    static final String DOCKER = "dckr_pat_PRACTICEkept0123456789abcdef";

    @TempDir
    Path dir;

    static void write(PracticeAzure azure) throws Exception {
        HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                Duration.ofMillis(1), Duration.ofSeconds(5)), d -> { }, Clock.systemUTC());
        ConnectorCreation c = new ConnectorCreation(new ArmClient(transport, HttpUrl.get(azure.url().toString()),
                AzureToken.of(azure.accessToken(), Instant.now().plusSeconds(600), null, null)), d -> { },
                Clock.systemUTC());
        ConnectorSettings s = ConnectorSettings.builder("acme-corp", "acmescanner").subscriptionId(PracticeAzure.SUBSCRIPTION)
                .resourceGroup(PracticeAzure.RESOURCE_GROUP).location("westeurope").scanIntervalHours(6).build();
        c.write(s, c.preFlight(s), DOCKER);
    }

    @Test
    void connectorsSurviveARestartWithTheTokenAsADigestOnly() throws Exception {
        Path file = dir.resolve("practice/azure/state.json");
        try (PracticeAzure azure = PracticeAzure.builder().stateFile(file).start()) {
            write(azure);
        }
        assertThat(Files.readString(file)).doesNotContain(DOCKER).contains("sha256:").contains("dockerhub-acme-corp");

        try (PracticeAzure again = PracticeAzure.builder().stateFile(file).start()) {
            assertThat(again.connectors()).singleElement().satisfies(c -> {
                assertThat(c.name()).isEqualTo("dockerhub-acme-corp");
                assertThat(c.scanInterval()).isEqualTo(6);
            });
            assertThat(again.holdsToken(PracticeAzure.RESOURCE_GROUP, "dockerhub-acme-corp", DOCKER)).isTrue();
            assertThat(again.holdsToken(PracticeAzure.RESOURCE_GROUP, "dockerhub-acme-corp", "dckr_pat_other")).isFalse();
        }
    }

    @Test
    void withoutAStateFileNothingIsKept() throws Exception {
        try (PracticeAzure azure = PracticeAzure.start()) {
            write(azure);
        }
        try (PracticeAzure again = PracticeAzure.start()) {
            assertThat(again.connectors()).isEmpty();
        }
    }
}
