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

    /** As above, with {@code env} added to the process's environment (e.g. {@code XDG_CONFIG_HOME}); an empty value removes the variable. */
    static Result run(List<String> args, boolean withDisplay, java.util.Map<String, String> env)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // --enable-native-access as both launchers and the installed app pass it (JNA, for the keychain).
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), "dev.hubonboard.Main"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        if (!withDisplay) {
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
        }
        env.forEach((k, v) -> {
            if (v.isEmpty()) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
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
    void fromKeychainWithoutAKeychainServiceIsExitThreeInOneLineWithoutLibraryNoise() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
                "on Linux a session bus that is not there means no Secret Service");
        // A systemd service or cron job: no D-Bus session to reach a Secret Service through.
        Result r = run(List.of("check", "--org", "acme", "--username", "scanner", "--from-keychain"), false,
                java.util.Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/hub-onboard-test-bus"));
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
        assertThat(r.stderr()).doesNotContain("SLF4J").startsWith("hub-onboard check: --from-keychain: the keychain of"
                + " the OS user " + System.getProperty("user.name") + " (service \"Hub Onboard\", account \"acme/scanner\")"
                + " could not be used: ").contains("A scheduled task must run as that same user");
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(r.stdout()).isEmpty();
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
