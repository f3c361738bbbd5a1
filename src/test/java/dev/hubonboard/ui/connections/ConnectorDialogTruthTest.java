package dev.hubonboard.ui.connections;

import dev.hubonboard.defender.Plan;
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

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The connector dialog's model tells the truth about an update (issue 19.3) and opens calm (issue 21). */
class ConnectorDialogTruthTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    PracticeHub hub;
    final MemorySecretStore keychain = new MemorySecretStore();
    ConnectionsModel model;
    AppContext context;

    @BeforeEach
    void start() throws Exception {
        hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start();
        context = UiFixture.context(hub, keychain, dir, SyncTaskExecutor.immediate());
        ProgressStore store = context.progress();
        store.save(SavedOnboardings.complete(hub.org(), hub.dedicatedUsername(), LocalDate.now(CLOCK).plusDays(90)));
        keychain.save(new SecretKey(hub.org(), hub.dedicatedUsername()), hub.createToken(Scope.READ));
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

    CreateConnectorModel opened() {
        CreateConnectorModel m = model.connectorModel(acme());
        m.start();
        m.groupProperty().set(m.groups().stream().filter(g -> g.name().equals(PracticeAzure.RESOURCE_GROUP))
                .findFirst().orElseThrow());
        return m;
    }

    @Test
    void anExistingConnectorsValuesArePreselectedAndAChangedPlanShowsFromTo() {
        // Someone's connector: Foundational CSPM only, every 6 h.
        CreateConnectorModel first = opened();
        first.planProperty(Plan.DEFENDER_FOR_CONTAINERS).set(false);
        first.intervalProperty().set(6);
        first.check();
        first.create();
        assertThat(first.stageProperty().get()).as(first.statusProperty().get()).isEqualTo(CreateConnectorModel.Stage.WRITTEN);

        CreateConnectorModel m = opened();
        assertThat(m.planProperty(Plan.DEFENDER_FOR_CONTAINERS).get()).as("the form's default before the look").isTrue();
        m.check();

        assertThat(m.actionProperty().get()).isEqualTo("Update");
        assertThat(m.planProperty(Plan.DEFENDER_FOR_CONTAINERS).get()).as("the existing plans pre-selected").isFalse();
        assertThat(m.intervalProperty().get()).isEqualTo(6);
        assertThat(m.reviewProperty().get()).contains("Kept as they are: plans (Foundational CSPM), scan interval "
                + "(every 6 h)").doesNotContain(" → Foundational CSPM, Defender for Containers");

        m.planProperty(Plan.DEFENDER_FOR_CONTAINERS).set(true);
        m.check();

        assertThat(m.reviewProperty().get()).contains("Plans: Foundational CSPM → Foundational CSPM, Defender for "
                + "Containers").contains("Defender for Containers is added: a paid plan");
        assertThat(m.intervalProperty().get()).as("the re-check keeps the administrator's choice").isEqualTo(6);
        m.create();
        PracticeAzure azure = context.defender().practiceAzure().orElseThrow();
        assertThat(azure.connectors()).singleElement().satisfies(c -> {
            assertThat(c.offerings()).containsExactly("CspmMonitorDockerHub", "DefenderForContainersDockerHub");
            assertThat(c.scanInterval()).isEqualTo(6);
        });
    }

    @Test
    void nothingIsRedBeforeAChoiceIsTouched() {
        CreateConnectorModel m = model.connectorModel(acme());
        m.start();

        assertThat(m.problemProperty().get()).as("a choice is still missing").startsWith("Resource group:");
        assertThat(m.shownProblemProperty().get()).as("but nothing is said in red yet").isEmpty();

        m.nameProperty().set("bad name!");

        assertThat(m.shownProblemProperty().get()).isNotEmpty();
    }

    @Test
    void practiceModeSaysPracticeAndTheCardOffersUpdateOnceWritten() {
        CreateConnectorModel m = opened();
        assertThat(m.practice()).isTrue();
        assertThat(acme().defenderSavedProperty().get()).isFalse();

        m.check();
        m.create();

        assertThat(acme().defenderSavedProperty().get()).as("the card's button reads Update from here on").isTrue();
        assertThat(m.statusProperty().get()).isEqualTo("Connector created.");
    }

    @Test
    void aRefusalInWordsIsShownAsItsWordsNotAsItsClassName() {
        assertThat(CreateConnectorModel.message(new dev.hubonboard.ui.kit.Messages.Refusal("No token is saved for acme.")))
                .isEqualTo("No token is saved for acme.");
    }

    static String scenario(CreateConnectorModel m, String word) {
        return m.practiceScenarios().stream().filter(s -> s.startsWith(word + ": ")).findFirst().orElseThrow();
    }

    @Test
    void thePracticeAzureCanPlayEachScenarioFromTheDialog() {
        CreateConnectorModel m = model.connectorModel(acme());
        assertThat(m.practiceScenarios()).hasSize(dev.hubonboard.sandbox.AzureScenario.values().length);

        m.playPractice(scenario(m, "group-only"));
        m.groupProperty().set(m.groups().stream().filter(g -> g.name().equals(PracticeAzure.RESOURCE_GROUP))
                .findFirst().orElseThrow());
        m.locationProperty().set(m.locations().stream().filter(l -> l.name().equals("westeurope")).findFirst()
                .orElseThrow());
        m.check();

        assertThat(m.findings()).extracting(f -> f.line()).anyMatch(l -> l.startsWith("⚠ Could not read the Defender plans"));
        m.create();
        assertThat(m.stageProperty().get()).as(m.statusProperty().get()).isEqualTo(CreateConnectorModel.Stage.WRITTEN);

        m.playPractice(scenario(m, "az-missing"));

        assertThat(m.stageProperty().get()).isEqualTo(CreateConnectorModel.Stage.FAILED);
        assertThat(m.statusProperty().get()).contains("was not found on PATH");
    }
}
