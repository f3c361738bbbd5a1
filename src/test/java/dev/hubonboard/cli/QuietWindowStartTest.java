package dev.hubonboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard started from the class path, as README's launcher starts it (issue 21.7): the first window opens and
 * nothing lands on the terminal, in particular not JavaFX's "Unsupported JavaFX configuration" warning. The window
 * opens on JavaFX's headless platform and the app quits after it (the start-up probe's switches; its own lines
 * are the only ones allowed on standard error).
 */
class QuietWindowStartTest {
    @TempDir
    Path home;

    @Test
    void theFirstWindowOpensWithNothingOnStandardError() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Dglass.platform=Headless",
                "-Dprism.order=sw", "-Dhub-onboard.startup-probe=true", "-Dhub-onboard.exit-after-first-window=true", "-cp",
                System.getProperty("java.class.path"), "dev.hubonboard.Main", "--sandbox");
        pb.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        pb.environment().put("XDG_STATE_HOME", home.resolve("state").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        pb.environment().remove("DBUS_SESSION_BUS_ADDRESS"); // no keychain needed to open the first window
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the wizard did not open and quit within 90 s; stderr: " + err.getNow(""));
        }
        assertThat(p.exitValue()).as(err.join()).isZero();
        // The probe's own lines (start-up marks, the first window shown) are all that may be there.
        List<String> lines = err.join().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("first-window-shown "));
        assertThat(lines.stream().filter(l -> !l.startsWith("startup-mark ") && !l.startsWith("first-window-shown "))
                .toList()).as(err.join()).isEmpty();
        assertThat(out.join()).isBlank();
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
