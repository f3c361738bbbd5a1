package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.sandbox.AzureScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code connect --sandbox --scenario NAME}: every scenario's exit code and words, offline (issue 21 item 6). */
class ConnectScenarioTest {
    final ConnectCapture run = new ConnectCapture();

    int connect(String... args) {
        return run.run("", () -> {
            throw new AssertionError("the sandbox signs in to its practice Azure, never through this");
        }, (o, u) -> {
            throw new CheckCommand.UsageException("no keychain in this test");
        }, List.of(args));
    }

    @ParameterizedTest
    @EnumSource(AzureScenario.class)
    void eachScenarioEndsWithItsExitCode(AzureScenario scenario) throws Exception {
        assertThat(connect("--sandbox", "--scenario", scenario.word(), "--format", "json"))
                .as(scenario.word() + ": " + run.stderr).isEqualTo(scenario.exitCode());

        JsonNode j = run.json();
        assertThat(run.stderr).contains("scenario " + scenario.word());
        switch (scenario) {
            case READY, GROUP_ONLY, NOT_REGISTERED, CREATE_200 -> assertThat(j.path("action").asText()).isEqualTo("created");
            case EXISTING_6H -> {
                assertThat(j.path("action").asText()).isEqualTo("updated");
                assertThat(j.path("connector").path("scanInterval").asInt()).isEqualTo(6);
                assertThat(j.path("connector").path("plans").toString()).isEqualTo("[\"foundational-cspm\"]");
                assertThat(j.path("connector").path("tags").path("owner").asText()).isEqualTo("platform-team");
            }
            case NOT_READY -> assertThat(j.path("error").path("message").asText()).startsWith("Nothing was sent to Azure");
            case AZ_MISSING -> assertThat(j.path("error").path("message").asText()).contains("was not found on PATH");
            case AZURE_FORBIDDEN -> assertThat(j.path("error").path("message").asText())
                    .contains("Microsoft.Security/securityConnectors/write").contains("Security Admin");
            case OTHER_TENANT -> assertThat(j.path("error").path("message").asText())
                    .contains("az login --tenant 00000000-0000-4000-8000-0000000007e2");
            case LOGICAL_REGION -> assertThat(j.path("error").path("message").asText())
                    .startsWith("--location: Location: security connectors are not offered in europe")
                    .contains("logical region").contains("westeurope").contains("northeurope");
        }
    }

    @Test
    void helpListsEveryScenarioWithItsExitCodeAndWhatItModels() {
        assertThat(connect("--sandbox", "--scenario", "help")).isZero();

        for (AzureScenario s : AzureScenario.values()) {
            assertThat(run.stdout).containsPattern("\\n  " + s.word() + " +" + s.exitCode() + "  \\S");
        }
    }

    @Test
    void anUnknownScenarioIsAUsageErrorWithACloseMatch() {
        assertThat(connect("--sandbox", "--scenario", "azure-forbiden")).isEqualTo(2);

        assertThat(run.stderr).contains("did you mean azure-forbidden?");
    }

    @Test
    void aScenarioWithoutSandboxIsAUsageError() {
        List<String> args = new ArrayList<>(List.of("--org", "acme", "--username", "u", "--token-stdin", "--subscription",
                "00000000-0000-4000-8000-0000000000a1", "--resource-group", "rg", "--location", "westeurope",
                "--scenario", "ready"));
        assertThat(connect(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(run.stderr).contains("--scenario works with --sandbox only");
    }
}
