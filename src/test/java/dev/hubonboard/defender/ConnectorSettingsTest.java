package dev.hubonboard.defender;

import dev.hubonboard.onboarding.Onboarding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorSettingsTest {

    @Test
    void defaultsAreTwiceDailyScansDefenderForContainersAndCspmMonitorADerivedNameAndTheGroupsRegion() {
        ConnectorSettings s = ConnectorSettings.builder(" acme ", "acmescanner").build();
        assertThat(s.organization()).isEqualTo("acme");
        assertThat(s.scanIntervalHours()).isEqualTo(12);
        assertThat(s.offerings()).containsExactly(Plan.CSPM_MONITOR, Plan.DEFENDER_FOR_CONTAINERS);
        assertThat(s.connectorName()).isEqualTo("dockerhub-acme");
        assertThat(s.location()).isEmpty();
        assertThat(s.subscriptionId()).isEmpty();
        assertThat(s.resourceGroup()).isEmpty();
    }

    @Test
    void holdsEveryValueEntered() {
        ConnectorSettings s = ConnectorSettings.builder("acme", "acmescanner").scanIntervalHours(6)
                .offerings(Plan.DEFENDER_CSPM).connectorName("my-connector").location("northeurope")
                .subscriptionId("11111111-2222-3333-4444-555555555555").resourceGroup("rg-security").build();
        assertThat(s).isEqualTo(new ConnectorSettings("acme", "acmescanner", 6, Set.of(Plan.DEFENDER_CSPM),
                "my-connector", Optional.of("northeurope"), Optional.of("11111111-2222-3333-4444-555555555555"),
                Optional.of("rg-security")));
    }

    @Test
    void plansAreKeptInEnumOrderAndCannotBeChangedAfterwards() {
        ConnectorSettings s = ConnectorSettings.builder("acme", "acmescanner")
                .offerings(Plan.DEFENDER_CSPM, Plan.CSPM_MONITOR).build();
        assertThat(s.offerings()).containsExactly(Plan.CSPM_MONITOR, Plan.DEFENDER_CSPM);
        assertThatThrownBy(() -> s.offerings().add(Plan.DEFENDER_FOR_CONTAINERS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 5, 8, 48, -4})
    void anIntervalOtherThan4_6_12_24IsRefused(int hours) {
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").scanIntervalHours(hours).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Scan interval: must be 4, 6, 12 or 24 hours");
    }

    @Test
    void noPlanIsRefused() {
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").offerings(Set.of()).build())
                .hasMessageStartingWith("Plans: choose at least one plan");
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").offerings(EnumSet.noneOf(Plan.class)).build())
                .hasMessageStartingWith("Plans:");
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").offerings((Set<Plan>) null).build())
                .hasMessageStartingWith("Plans:");
    }

    @Test
    void anEmailAsDockerIdIsRefused() {
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "scanner@acme.com").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Docker ID: enter the Docker ID, not e-mail");
    }

    @Test
    void theOrganizationIsValidatedLikeInTheWizard() {
        assertThatThrownBy(() -> ConnectorSettings.builder("Acme", "acmescanner").build())
                .hasMessageStartingWith("Organization name:");
        assertThatThrownBy(() -> ConnectorSettings.builder("", "acmescanner").build())
                .hasMessageStartingWith("Organization name:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-lead", "trail.", "has space", "semi;colon", "quote'", "x/y"})
    void anInvalidConnectorNameIsRefused(String name) {
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").connectorName(name).build())
                .hasMessageStartingWith("Connector name:");
    }

    @Test
    void theDerivedNameStaysValidForTheLongestOrganizationNames() {
        String org = "a".repeat(60) + "-" + "b".repeat(100);
        ConnectorSettings s = ConnectorSettings.builder(org, "acmescanner").build();
        assertThat(s.connectorName()).hasSizeLessThanOrEqualTo(64).startsWith("dockerhub-aaaa").doesNotEndWith("-");
    }

    @Test
    void locationSubscriptionAndResourceGroupAreChecked() {
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").location("West Europe").build())
                .hasMessageStartingWith("Location:");
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").subscriptionId("my-sub").build())
                .hasMessageStartingWith("Subscription ID:");
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").resourceGroup("rg'; rm -rf /").build())
                .hasMessageStartingWith("Resource group:");
        assertThatThrownBy(() -> ConnectorSettings.builder("acme", "acmescanner").resourceGroup("ends.").build())
                .hasMessageStartingWith("Resource group:");
        // Blank means "not given", as in an empty form field.
        assertThat(ConnectorSettings.builder("acme", "acmescanner").location(" ").build().location()).isEmpty();
    }

    @Test
    void startsFromAnOnboardingThatKnowsTheDockerId() {
        Onboarding onboarding = Onboarding.begin("contoso");
        assertThatThrownBy(() -> ConnectorSettings.builder(onboarding))
                .hasMessageStartingWith("Docker ID:");
        onboarding.setDedicatedDockerId("contososcanner");
        ConnectorSettings s = ConnectorSettings.builder(onboarding).build();
        assertThat(s.organization()).isEqualTo("contoso");
        assertThat(s.dockerId()).isEqualTo("contososcanner");
    }

    @Test
    void noComponentCanCarryASecret() {
        // The guarantee "exports never hold the token" rests on this: there is nowhere to put one.
        assertThat(Arrays.stream(ConnectorSettings.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(n -> n.toLowerCase().matches(".*(token|secret|password|pat).*"));
        assertThat(Arrays.stream(ConnectorSettings.Builder.class.getMethods()).map(m -> m.getName().toLowerCase()))
                .noneMatch(n -> n.matches(".*(token|secret|password).*"));
        assertThat(Arrays.stream(ConnectorExport.class.getConstructors()).flatMap(c -> Arrays.stream(c.getParameterTypes())))
                .containsExactly(ConnectorSettings.class);
        assertThat(Arrays.stream(ConnectorExport.class.getMethods()).filter(m -> m.getReturnType() == String.class)
                .flatMap(m -> Arrays.stream(m.getParameterTypes())))
                .allMatch(t -> t == ConnectorExport.Format.class);
    }
}
