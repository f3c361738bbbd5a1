package dev.hubonboard.defender;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectorFormTest {
    static final String SUB = "11111111-2222-4333-8444-555555555555";

    @Test
    void defaultsAreThePortals() {
        ConnectorForm f = new ConnectorForm("acme-corp", "acmescanner");

        assertThat(f.name()).isEqualTo("dockerhub-acme-corp");
        assertThat(f.plans()).containsExactly(Plan.CSPM_MONITOR, Plan.DEFENDER_FOR_CONTAINERS);
        assertThat(f.scanInterval()).isEqualTo(12);
        assertThat(f.problem()).contains("Subscription: choose the subscription that will hold the connector.");
    }

    @Test
    void eachMissingChoiceIsNamed() {
        ConnectorForm f = new ConnectorForm("acme-corp", "acmescanner");
        f.subscription(SUB);
        assertThat(f.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Resource group:"));
        f.resourceGroup("rg");
        assertThat(f.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Location:"));
        f.location("West Europe");
        assertThat(f.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Location: use the region's name"));
        f.location("westeurope");
        f.plan(Plan.CSPM_MONITOR, false);
        f.plan(Plan.DEFENDER_FOR_CONTAINERS, false);
        assertThat(f.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Plans:"));
        f.plan(Plan.DEFENDER_CSPM, true);
        f.scanInterval(5);
        assertThat(f.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Scan interval:"));
        f.scanInterval(4);
        f.name(" ");
        assertThat(f.problem()).isEmpty();
        assertThat(f.settings().connectorName()).isEqualTo("dockerhub-acme-corp");
        assertThat(f.settings().offerings()).containsExactly(Plan.DEFENDER_CSPM);
    }

    @Test
    void savedTargetFillsTheFormAgain() {
        ConnectorForm f = ConnectorForm.of("acme-corp", "acmescanner", Optional.of(new SavedConnector("acme-corp", SUB,
                "rg-sec", "hub-acme", "northeurope", Optional.of(Instant.EPOCH))));

        assertThat(f.settings().subscriptionId()).contains(SUB);
        assertThat(f.settings().resourceGroup()).contains("rg-sec");
        assertThat(f.settings().connectorName()).isEqualTo("hub-acme");
        assertThat(f.settings().location()).contains("northeurope");
        assertThat(ConnectorForm.label(Plan.CSPM_MONITOR)).isEqualTo("Foundational CSPM");
    }
}
