package dev.hubonboard.defender;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports made in the same flow as the token (validated, saved to the keychain, read back) still never hold it.
 * The API offers no way to pass the token in; this guards against it leaking in some other way later.
 */
class NoTokenTest {

    private static final String TOKEN = "dckr_pat_NoTokenTest-RecognisableXyz789";

    @ParameterizedTest
    @EnumSource(ConnectorExport.Format.class)
    void noExportHoldsTheTokenOrAnyPersonalAccessToken(ConnectorExport.Format format) throws Exception {
        Onboarding onboarding = Onboarding.begin("contoso");
        onboarding.setDedicatedDockerId("contososcanner");
        assertThat(Validation.token(TOKEN).isClean()).isTrue();
        MemorySecretStore keychain = new MemorySecretStore();
        SecretKey key = new SecretKey(onboarding.organization(), onboarding.dedicatedDockerId().orElseThrow());
        keychain.save(key, TOKEN);
        assertThat(keychain.read(key)).contains(TOKEN);

        ConnectorSettings settings = ConnectorSettings.builder(onboarding).location("westeurope")
                .subscriptionId("11111111-2222-3333-4444-555555555555").resourceGroup("rg").build();
        String export = new ConnectorExport(settings).render(format);

        assertThat(export).contains("contoso", "contososcanner")
                .doesNotContain(TOKEN)
                .doesNotContain("RecognisableXyz789")
                .doesNotContain("dckr_pat_")
                .doesNotContain("dckr_oat_");
        assertThat(settings.toString()).doesNotContain(TOKEN);
    }

    /** The one way a token could reach an export: pasted into a free-text field. It is refused, by field. */
    @org.junit.jupiter.api.Test
    void aTokenPastedIntoAFreeTextFieldIsRefusedNamingTheField() {
        var name = ConnectorSettings.builder("contoso", "contososcanner").connectorName(TOKEN);
        assertThat(name.problems()).containsOnlyKeys(ConnectorSettings.Field.CONNECTOR_NAME);
        assertThat(name.problems().get(ConnectorSettings.Field.CONNECTOR_NAME)).startsWith("Connector name:")
                .contains("looks like an access token").doesNotContain(TOKEN);
        var group = ConnectorSettings.builder("contoso", "contososcanner").resourceGroup(" " + TOKEN);
        assertThat(group.problems()).containsOnlyKeys(ConnectorSettings.Field.RESOURCE_GROUP);
        org.assertj.core.api.Assertions.assertThatThrownBy(group::build)
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Resource group:")
                .hasMessageNotContaining(TOKEN);
    }
}
