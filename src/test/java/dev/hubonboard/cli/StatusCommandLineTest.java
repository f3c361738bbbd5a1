package dev.hubonboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.onboarding.store.AppMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.hubonboard.cli.StatusFixture.notReady;
import static dev.hubonboard.cli.StatusFixture.ready;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code hub-onboard status} as its own process ({@code dev.hubonboard.Main}, as the launcher starts it), reading the
 * config folder {@code XDG_CONFIG_HOME} names. The process's clock is the real one, so dates are set from today.
 */
class StatusCommandLineTest {
    @TempDir
    Path xdg;

    private CommandLineTest.Result status(String... args) throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                "XDG_CONFIG_HOME names the config folder on Linux only");
        List<String> line = new java.util.ArrayList<>(List.of("status"));
        line.addAll(List.of(args));
        return CommandLineTest.run(line, false, Map.of("XDG_CONFIG_HOME", xdg.toString()));
    }

    @Test
    void tokenExpiringTomorrowAndAFailedLastTestAreExitOneThroughMain() throws Exception {
        StatusFixture saved = new StatusFixture(xdg.resolve("hub-onboard"));
        LocalDate today = LocalDate.now();
        saved.finished(AppMode.REAL, "fine-org", "finebot", today.plusDays(120), ready("fine-org", "finebot"));
        CommandLineTest.Result fine = status();
        assertThat(fine.exitCode()).isZero();
        assertThat(fine.stdout()).contains("fine-org").endsWith("1 onboarding: all fine.\n");
        assertThat(fine.stderr()).isEmpty();

        saved.finished(AppMode.REAL, "soon-org", "soonbot", today.plusDays(1), ready("soon-org", "soonbot"));
        saved.finished(AppMode.REAL, "failed-org", "failbot", today.plusDays(120),
                notReady("failed-org", "failbot", "The token can push"));
        CommandLineTest.Result attention = status("--format", "json");
        assertThat(attention.exitCode()).isEqualTo(1);
        var root = new ObjectMapper().readTree(attention.stdout());
        assertThat(root.path("folder").asText()).isEqualTo(xdg.resolve("hub-onboard").toString());
        assertThat(root.path("onboardings")).hasSize(3);
        assertThat(root.path("onboardings").get(0).path("reasons").get(0).path("code").asText())
                .isEqualTo("last-test-failed");
        assertThat(root.path("onboardings").get(2).path("reasons").get(0).path("code").asText())
                .isEqualTo("token-expiring");
        assertThat(attention.stderr()).isEmpty();
    }

    @Test
    void practiceIsReadFromItsOwnFolderAndUsageIsExitTwo() throws Exception {
        new StatusFixture(xdg.resolve("hub-onboard")).finished(AppMode.PRACTICE, "acme-corp", "acmescanner",
                LocalDate.now().plusDays(1), ready("acme-corp", "acmescanner"));
        CommandLineTest.Result real = status();
        assertThat(real.exitCode()).isZero();
        assertThat(real.stdout()).startsWith("No onboarding is saved for real use");
        CommandLineTest.Result practice = status("--sandbox");
        assertThat(practice.exitCode()).isEqualTo(1);
        assertThat(practice.stdout()).contains("acme-corp").contains("token-expiring");

        CommandLineTest.Result usage = status("--warn-days", "many");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.stderr()).startsWith("hub-onboard status: --warn-days takes a whole number");
        assertThat(usage.stdout()).isEmpty();
    }
}
