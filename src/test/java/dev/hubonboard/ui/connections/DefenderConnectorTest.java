package dev.hubonboard.ui.connections;

import dev.hubonboard.azure.SecurityConnector;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.defender.PreFlight;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeAzure;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.connector.CreateConnectorModel;
import dev.hubonboard.ui.app.UiFixture;
import dev.hubonboard.ui.task.SyncTaskExecutor;
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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defender's connector from the Connections screen, without a screen: the dialog's model against the practice Azure
 * (started by the app context in practice mode), the card's "last written" line, and rotation's offered update.
 */
class DefenderConnectorTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    PracticeHub hub;
    final MemorySecretStore keychain = new MemorySecretStore();
    ConnectionsModel model;
    AppContext context;
    String token;

    @BeforeEach
    void start() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        ProgressStore store = context.progress();
        store.save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(), LocalDate.now(CLOCK).plusDays(90)));
        token = hub.createToken(Scope.READ);
        keychain.save(new SecretKey(hub.org(), hub.dedicatedUsername()), token);
        model = new ConnectionsModel(context, CLOCK, o -> true);
        model.show(store.list());
    }

    @AfterEach
    void stop() {
        context.writer().flush();
        context.defender().close();
        hub.close();
    }

    ConnectionRow acme() {
        return model.row(hub.org()).orElseThrow();
    }

    PracticeAzure azure() {
        return context.defender().practiceAzure().orElseThrow();
    }

    @Test
    void dialogModelSignsInPicksChecksReviewsAndCreates() {
        assertThat(acme().defenderProperty().get()).isEqualTo("Defender connector: not created from this app");
        CreateConnectorModel m = model.connectorModel(acme());

        m.start();
        assertThat(m.stageProperty().get()).isEqualTo(CreateConnectorModel.Stage.CHOOSE);
        assertThat(m.subscriptionProperty().get().id()).as("the sign-in's default subscription is preselected")
                .isEqualTo(PracticeAzure.SUBSCRIPTION);
        assertThat(m.groups()).extracting(g -> g.name()).contains("rg-security", "rg-apps");
        assertThat(m.nameProperty().get()).isEqualTo("dockerhub-acme-corp");
        assertThat(m.planProperty(Plan.CSPM_MONITOR).get()).isTrue();
        assertThat(m.planProperty(Plan.DEFENDER_FOR_CONTAINERS).get()).isTrue();
        assertThat(m.planProperty(Plan.DEFENDER_CSPM).get()).isFalse();
        assertThat(m.intervalProperty().get()).isEqualTo(12);
        assertThat(m.problemProperty().get()).startsWith("Resource group:");

        m.groupProperty().set(m.groups().stream().filter(g -> g.name().equals("rg-security")).findFirst().orElseThrow());
        assertThat(m.locationProperty().get().name()).as("the group's region by default").isEqualTo("westeurope");
        assertThat(m.problemProperty().get()).isEmpty();
        m.check();

        assertThat(m.stageProperty().get()).isEqualTo(CreateConnectorModel.Stage.CHECKED);
        assertThat(m.actionProperty().get()).isEqualTo("Create");
        assertThat(m.findings()).extracting(PreFlight.Finding::line)
                .anyMatch(l -> l.startsWith("✔ No connector for acme-corp exists yet"));
        assertThat(m.reviewProperty().get()).contains("PUT " + azure().url()).contains("\"accessToken\": \"***\"")
                .contains("inferred").doesNotContain(token);
        assertThat(azure().count("PUT")).isZero();

        m.create();

        assertThat(m.stageProperty().get()).as(m.statusProperty().get()).isEqualTo(CreateConnectorModel.Stage.WRITTEN);
        assertThat(m.resultProperty().get()).contains("Connector created and read back: dockerhub-acme-corp")
                .contains("confirm Connected");
        assertThat(azure().holdsToken("rg-security", "dockerhub-acme-corp", token)).isTrue();
        assertThat(acme().defenderProperty().get())
                .startsWith("Defender connector dockerhub-acme-corp (rg-security): last written ");
        assertThat(acme().defenderSavedProperty().get()).isTrue();
        assertThat(context.defender().saved().load(hub.org())).hasValueSatisfying(s -> {
            assertThat(s.subscriptionId()).isEqualTo(PracticeAzure.SUBSCRIPTION);
            assertThat(s.lastWritten()).isPresent();
        });
    }

    @Test
    void aTokenThatNoLongerPassesIsNeverWritten() throws Exception {
        keychain.save(new SecretKey(hub.org(), hub.dedicatedUsername()), hub.createToken(Scope.WRITE));
        CreateConnectorModel m = model.connectorModel(acme());
        m.start();
        m.groupProperty().set(m.groups().getFirst());
        m.check();

        m.create();

        assertThat(m.stageProperty().get()).isEqualTo(CreateConnectorModel.Stage.CHECKED);
        assertThat(m.statusProperty().get()).startsWith("Nothing was sent to Azure: the connection test failed");
        assertThat(azure().count("PUT")).isZero();
    }

    @Test
    void aChangeAfterTheCheckAsksForANewCheck() {
        CreateConnectorModel m = model.connectorModel(acme());
        m.start();
        m.groupProperty().set(m.groups().getFirst());
        m.check();
        assertThat(m.stageProperty().get()).isEqualTo(CreateConnectorModel.Stage.CHECKED);

        m.nameProperty().set("another-name");

        assertThat(m.stageProperty().get()).isEqualTo(CreateConnectorModel.Stage.CHOOSE);
        assertThat(m.reviewProperty().get()).isEmpty();
        m.create();
        assertThat(azure().count("PUT")).isZero();
    }

    @Test
    void rotationOffersToUpdateDefendersConnectorAndDoesOnlyWhenAsked() {
        CreateConnectorModel m = model.connectorModel(acme());
        m.start();
        m.groupProperty().set(m.groups().getFirst());
        m.check();
        m.create();
        long putsBefore = azure().count("PUT");
        String fresh = hub.createToken(Scope.READ);

        RotationModel rotation = model.rotation(acme());
        rotation.token.set(fresh);
        rotation.testAndReplace();

        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REPLACED);
        assertThat(rotation.offerDefenderUpdate.get()).isTrue();
        assertThat(rotation.outcome.get()).contains("Update Defender's connector");
        assertThat(azure().count("PUT")).as("offered, not silent").isEqualTo(putsBefore);

        rotation.updateDefender();

        assertThat(rotation.defenderUpdated.get()).as(rotation.outcome.get()).isTrue();
        assertThat(azure().holdsToken("rg-security", "dockerhub-acme-corp", fresh)).isTrue();
        assertThat(azure().connectors()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("dockerhub-acme-corp"));
        assertThat(rotation.outcome.get()).contains("now has the new token");
        assertThat(acme().defenderProperty().get()).contains("last written");
    }

    @Test
    void withoutASavedConnectorRotationOffersNothing() {
        RotationModel rotation = model.rotation(acme());
        rotation.token.set(hub.createToken(Scope.READ));
        rotation.testAndReplace();

        assertThat(rotation.result.get()).isEqualTo(RotationModel.Result.REPLACED);
        assertThat(rotation.offerDefenderUpdate.get()).isFalse();
        assertThat(context.defender().practiceAzure()).as("no Azure was even started").isEmpty();
    }

    @Test
    void savedTargetsAndProgressHoldNoToken() throws Exception {
        CreateConnectorModel m = model.connectorModel(acme());
        m.start();
        m.groupProperty().set(m.groups().getFirst());
        m.check();
        m.create();
        context.writer().flush();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(token)
                        .doesNotContain(azure().accessToken());
            }
        }
        assertThat(Files.exists(dir.resolve("defender-connectors/acme-corp.json"))).isTrue();
    }
}
