package dev.hubonboard.ui.connector;

import dev.hubonboard.defender.ConnectorExport.Format;
import dev.hubonboard.defender.ConnectorSettings.Field;
import dev.hubonboard.defender.Plan;
import dev.hubonboard.onboarding.Onboarding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The export dialog's rules without a screen. */
class ConnectorExportModelTest {
    @TempDir
    Path dir;

    ConnectorExportModel model() {
        return new ConnectorExportModel("acme-corp", "acmescanner");
    }

    @Test
    void defaultsAreValidAndNamedAfterTheOrganization() {
        ConnectorExportModel m = model();
        assertThat(m.settings()).isPresent();
        assertThat(m.settings().get().scanIntervalHours()).isEqualTo(12);
        assertThat(m.settings().get().connectorName()).isEqualTo("dockerhub-acme-corp");
        assertThat(m.fileName()).isEqualTo("defender-dockerhub-acme-corp.json");
    }

    @Test
    void everyFieldShowsItsOwnProblemAtTheSameTime() {
        ConnectorExportModel m = model();
        m.scanInterval.set("5");
        for (Plan p : Plan.values()) {
            m.planProperty(p).set(false);
        }
        m.location.set("West Europe");
        m.subscriptionId.set("not-a-guid");
        ConnectorExportModel.Checked c = m.checked.get();
        assertThat(c.of(Field.SCAN_INTERVAL)).startsWith("Scan interval:").contains("not 5");
        assertThat(c.of(Field.PLANS)).startsWith("Plans: choose at least one plan");
        assertThat(c.of(Field.LOCATION)).startsWith("Location:");
        assertThat(c.of(Field.SUBSCRIPTION_ID)).startsWith("Subscription ID:");
        assertThat(c.of(Field.CONNECTOR_NAME)).isEmpty();
        assertThat(c.of(Field.RESOURCE_GROUP)).isEmpty();
        assertThat(c.settings()).isEmpty();
        assertThat(m.preview.get()).startsWith("Fix the fields");
        m.scanInterval.set("six");
        assertThat(m.checked.get().of(Field.SCAN_INTERVAL)).isEqualTo("Scan interval: enter a number of hours: 4, 6, 12 or 24.");
        m.connectorName.set(" ");
        assertThat(m.checked.get().of(Field.CONNECTOR_NAME)).startsWith("Connector name: enter a name");
    }

    @Test
    void savesTheChosenFormatUnderTheSuggestedName() throws Exception {
        ConnectorExportModel m = model();
        m.format.set(Format.BICEP);
        m.scanInterval.set("6");
        String[] suggested = new String[1];
        Optional<Path> saved = m.save(name -> {
            suggested[0] = name;
            return Optional.of(dir.resolve(name));
        });
        assertThat(suggested[0]).isEqualTo("defender-dockerhub-acme-corp.bicep");
        assertThat(saved).isPresent();
        assertThat(Files.readString(saved.get())).contains("param scanInterval int = 6");
        assertThat(m.saved.get()).startsWith("Saved to ").contains("no access token");
    }

    @Test
    void cancellingTheChooserSavesNothing() {
        ConnectorExportModel m = model();
        assertThat(m.save(name -> Optional.empty())).isEmpty();
        assertThat(m.saved.get()).isEmpty();
    }

    @Test
    void anOnboardingWithoutDockerIdCannotBeExported() {
        assertThatThrownBy(() -> ConnectorExportModel.of(Onboarding.begin("acme-corp")))
                .hasMessageStartingWith("Docker ID:");
    }
}
