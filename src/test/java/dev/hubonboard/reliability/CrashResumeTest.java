package dev.hubonboard.reliability;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killed hard (SIGKILL, in the middle of saving) at each step, the onboarding resumes at that step with what was
 * entered: the atomic save never leaves a half-written file behind.
 */
class CrashResumeTest {

    @ParameterizedTest
    @EnumSource(Step.class)
    void killedAtEachStepResumesThere(Step step, @TempDir Path dir) throws Exception {
        Process victim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashVictim.class.getName(), dir.toString(), step.name())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("saved"));
            assertThat(line).as("the victim reached its step").isEqualTo("saved");
            assertThat(out.readLine()).as("the next save is between its written temp file and the rename")
                    .isEqualTo("mid-write");
            try (var files = java.nio.file.Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).as("known to be mid-write")
                        .anyMatch(n -> n.startsWith("crash-org.json.") && n.endsWith(".tmp"));
            }
            victim.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
            assertThat(victim.waitFor(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            victim.destroyForcibly();
        }

        Onboarding resumed = new ProgressStore(dir).load("crash-org").orElseThrow();
        assertThat(resumed.lastConnectionReport()).as("the interrupted save left the last whole one").isEmpty();
        assertThat(resumed.current()).isEqualTo(step);
        assertThat(resumed.invitee().orElseThrow().email()).isEqualTo("scanner@crash.example");
        if (step.ordinal() > Step.INVITE.ordinal()) {
            assertThat(resumed.inviteId()).contains("invite-1");
        }
        if (step.ordinal() > Step.EMAIL_VERIFICATION.ordinal()) {
            assertThat(resumed.dedicatedDockerId()).contains("crashscanner");
        }
        if (step.ordinal() > Step.TOKEN.ordinal()) {
            assertThat(resumed.tokenExpiry()).contains(LocalDate.of(2027, 1, 31));
        }
    }
}
