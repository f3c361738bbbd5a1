package dev.hubonboard.cli;

import dev.hubonboard.net.HttpSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check}'s own help, typos and the options {@code --sandbox} does not use. */
class CheckUsageTest {
    /** Patient: the first login of a fresh JVM on a busy machine can take longer than the fast default allows. */
    private final CheckCapture run = new CheckCapture(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(10),
            3, Duration.ofMillis(10), Duration.ofSeconds(60)));

    private int check(String... args) {
        return run.run("", (org, user) -> {
            throw new CheckCommand.UsageException("no keychain in this test");
        }, List.of(args));
    }

    @Test
    void helpInEveryFormPrintsTheUsageOnStandardOutputAndExitsZero() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help"),
                List.of("--org", "acme", "--help"))) {
            assertThat(check(args.toArray(String[]::new))).as(args.toString()).isZero();
            assertThat(run.stdout).as(args.toString()).isEqualTo(CheckCommand.USAGE_TEXT);
            assertThat(run.stderr).isEmpty();
        }
    }

    @Test
    void aMistypedOptionNamesTheCloseMatch() {
        assertThat(check("--sandbx")).isEqualTo(2);
        assertThat(run.stderr).startsWith("hub-onboard check: unknown option --sandbx (did you mean --sandbox?).\n");
        assertThat(check("--username", "x", "--tokenstdin")).isEqualTo(2);
        assertThat(run.stderr).contains("unknown option --tokenstdin (did you mean --token-stdin?).");
        assertThat(check("-org", "acme")).isEqualTo(2);
        assertThat(run.stderr).contains("unknown option -org (did you mean --org?).");
        assertThat(check("--verbose")).isEqualTo(2);
        assertThat(run.stderr).contains("unknown option --verbose.\n");
    }

    @Test
    void sandboxSaysWhichGivenOptionsItIgnoresAndTestsThePracticeHub() throws Exception {
        assertThat(check("--sandbox", "--org", "contoso", "--username", "contososcanner", "--format", "json"))
                .as(() -> run.stderr + run.stdout).isZero();
        assertThat(run.stderr).contains("hub-onboard check: warning: --org, --username are ignored with --sandbox");
        assertThat(run.json().path("org").asText()).isEqualTo("acme-corp");

        assertThat(check("--sandbox")).isZero();
        assertThat(run.stderr).doesNotContain("ignored");
    }
}
