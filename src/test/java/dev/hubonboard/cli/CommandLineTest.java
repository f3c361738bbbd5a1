package dev.hubonboard.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command line as a user meets it: {@code hub-onboard …} started as its own process (this test's class path,
 * {@code dev.hubonboard.Main}), its exit code, standard output and standard error. No case opens a window.
 */
class CommandLineTest {

    record Result(int exitCode, String stdout, String stderr) {
    }

    static Result run(List<String> args, boolean withDisplay) throws IOException, InterruptedException {
        return run(args, withDisplay, java.util.Map.of());
    }

    /** As above, with {@code env} added to the process's environment (e.g. {@code XDG_CONFIG_HOME}). */
    static Result run(List<String> args, boolean withDisplay, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.hubonboard.Main"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        if (!withDisplay) {
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
        }
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
        Process p = pb.start();
        // Read both streams on their own threads: a full pipe would block the process.
        var out = new java.util.concurrent.CompletableFuture<String>();
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread.ofVirtual().start(() -> out.complete(read(p.getInputStream())));
        Thread.ofVirtual().start(() -> err.complete(read(p.getErrorStream())));
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("hub-onboard " + args + " did not end within 60 s");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() throws Exception {
        Result r = run(List.of("--help"), false);
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).startsWith("Usage: hub-onboard [--sandbox]").contains("hub-onboard check …");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void checkHelpPrintsTheCheckUsageAndExitsZero() throws Exception {
        Result r = run(List.of("check", "--help"), false);
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).startsWith("Usage: hub-onboard check").contains("--token-stdin").contains("Exit codes");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void aMistypedFlagIsUsageErrorTwoNamingTheCloseMatch() throws Exception {
        Result app = run(List.of("--sandbx"), true); // a display, so only the parser stops the window
        assertThat(app.exitCode()).isEqualTo(2);
        assertThat(app.stderr()).startsWith("hub-onboard: unknown option --sandbx (did you mean --sandbox?).")
                .contains("Usage:");
        assertThat(app.stdout()).isEmpty();

        Result check = run(List.of("check", "--sandbx"), false);
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.stderr()).startsWith("hub-onboard check: unknown option --sandbx (did you mean --sandbox?).");
    }

    @Test
    void withoutADisplayTheWizardSaysSoInOneSentenceAndExitsNonZero() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                "DISPLAY and WAYLAND_DISPLAY decide it on Linux only");
        Result r = run(List.of("--sandbox"), false);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).isEqualTo(Display.NEEDED + System.lineSeparator());
        assertThat(r.stdout()).isEmpty();
    }
}
