package dev.hubonboard.cli;

import dev.hubonboard.sandbox.HubScenario;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hub-onboard check --sandbox --scenario NAME} as its own process, with the app's own transport. */
class CheckScenarioCommandLineTest {

    @Test
    void hubDownIsExitThreeAndPublicTokenExitOneThroughMain() throws Exception {
        CommandLineTest.Result down = CommandLineTest.run(List.of("check", "--sandbox", "--scenario", "hub-down"),
                false);
        assertThat(down.exitCode()).isEqualTo(3);
        assertThat(down.stdout()).contains("FAIL  credentials  127.0.0.1 refused the connection")
                .endsWith("Result: Docker Hub could not be reached.\n");
        assertThat(down.stderr()).contains("Scenario hub-down: ");

        CommandLineTest.Result publicToken = CommandLineTest.run(List.of("check", "--sandbox", "--scenario",
                "public-token", "--format", "json"), false);
        assertThat(publicToken.exitCode()).isEqualTo(1);
        var checks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(publicToken.stdout()).path("checks");
        assertThat(checks.get(1).path("id").asText()).isEqualTo("repositories");
        assertThat(checks.get(1).path("status").asText()).isEqualTo("fail");
    }

    @Test
    void scenarioHelpIsExitZeroAndAnUnknownOneExitTwo() throws Exception {
        CommandLineTest.Result help = CommandLineTest.run(List.of("check", "--scenario", "help"), false);
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains(HubScenario.HUB_DOWN.models());
        assertThat(help.stderr()).isEmpty();

        CommandLineTest.Result unknown = CommandLineTest.run(List.of("check", "--sandbox", "--scenario", "hubdown"),
                false);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.stderr()).startsWith("hub-onboard check: --scenario: no such scenario (did you mean "
                + "hub-down?).");
    }
}
