package dev.hubonboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The source build's POSIX launcher (target/hub-onboard/bin/hub-onboard, as the pom writes it) run as a process,
 * from a copy in a folder whose name has a space, against a stand-in {@code java} (a shell script) that answers
 * {@code -version} with a chosen version, records each start's arguments, writes a cache file when asked to train
 * one, and exits with a chosen code. Its Java version check, and its AOT cache: made, used, ignored when stale or
 * not private, never in a shared folder, the trainer bounded and reaped.
 */
@DisabledOnOs(OS.WINDOWS)
class ShellLauncherTest {
    private static final Path GENERATED = Path.of("target", "hub-onboard", "bin", "hub-onboard");
    private static final String GONE = "/nonexistent/removed-jdk-25";
    private static final String STAND_IN = """
            #!/bin/sh
            if [ "$1" = -version ]; then echo "openjdk version \\"${FAKE_VERSION:-25.0.1}\\" 2025-10-21" >&2; exit 0; fi
            run="$FAKE_DIR/run.$$"
            printf '%s\\n' "$@" >"$run.part" && mv "$run.part" "$run"
            out=
            for a in "$@"; do case $a in -XX:AOTCacheOutput=*) out=${a#-XX:AOTCacheOutput=} ;; esac; done
            if [ -n "$out" ]; then
              if [ -n "${FAKE_HANG:-}" ]; then i=0; while [ $i -lt 600 ]; do sleep 0.1; i=$((i + 1)); done; fi
              echo trained >"$out"
              exit 0
            fi
            # Like a JVM, and unlike a shell, sleep reaps no child it did not start.
            if [ -n "${FAKE_STAY:-}" ]; then exec sleep 60; fi
            exit "${FAKE_EXIT:-0}"
            """;

    @TempDir
    Path tmp;
    Path app;
    Path launcher;
    Path jdk;
    Path java;
    Path runs;
    Path home;

    record Result(int exitCode, String stdout, String stderr) {
    }

    @BeforeEach
    void install() throws IOException {
        app = tmp.resolve("Hub Onboard copy");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib"));
        Files.writeString(app.resolve("lib/hub-onboard.jar"), "jar one");
        Files.writeString(app.resolve("lib/other lib.jar"), "jar two");
        launcher = app.resolve("bin/hub-onboard");
        copyLauncher(Files.readString(GENERATED, StandardCharsets.UTF_8));
        jdk = tmp.resolve("jdk 25");
        java = standIn(jdk);
        runs = Files.createDirectories(tmp.resolve("runs"));
        home = Files.createDirectories(tmp.resolve("home"));
    }

    private void copyLauncher(String text) throws IOException {
        Files.writeString(launcher, text);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void buildJdkGone() throws IOException {
        String text = Files.readString(GENERATED, StandardCharsets.UTF_8);
        String built = text.lines().filter(l -> l.startsWith("built=")).findFirst().orElseThrow().substring(6);
        copyLauncher(text.replace("built=" + built + "\n", "built=" + GONE + "\n"));
    }

    private static Path standIn(Path jdkHome) throws IOException {
        Path bin = Files.createDirectories(jdkHome.resolve("bin"));
        Path j = bin.resolve("java");
        Files.writeString(j, STAND_IN);
        Files.setPosixFilePermissions(j, PosixFilePermissions.fromString("rwxr-xr-x"));
        return j;
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        Process p = start(env, args);
        var out = new CompletableFuture<String>();
        var err = new CompletableFuture<String>();
        Thread.ofVirtual().start(() -> out.complete(read(p.getInputStream())));
        Thread.ofVirtual().start(() -> err.complete(read(p.getErrorStream())));
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not end within 60 s");
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("HUB_ONBOARD_") || k.equals("JAVA_HOME") || k.startsWith("XDG_"));
        e.put("HOME", home.toString());
        e.put("FAKE_DIR", runs.toString());
        e.put("HUB_ONBOARD_JAVA", java.toString());
        e.put("HUB_ONBOARD_AOT_DELAY", "0");
        env.forEach((k, v) -> {
            if (v == null) {
                e.remove(k);
            } else {
                e.put(k, v);
            }
        });
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return pb.start();
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Each start of the stand-in: its arguments, training runs ({@code -XX:AOTCacheOutput}) apart. */
    private List<List<String>> starts(boolean training) throws IOException {
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(f -> !f.getFileName().toString().endsWith(".part")).map(f -> {
                try {
                    return Files.readAllLines(f);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).filter(a -> a.stream().anyMatch(x -> x.startsWith("-XX:AOTCacheOutput=")) == training).toList();
        }
    }

    private void clearStarts() throws IOException {
        try (Stream<Path> s = Files.list(runs)) {
            for (Path f : s.toList()) {
                Files.delete(f);
            }
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(50);
        }
    }

    private Path aot() {
        return app.resolve("aot");
    }

    private List<Path> caches(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().matches("hub-onboard-\\d+\\.aot")).toList();
        }
    }

    /** Starts the wizard once and waits until its background training has written the cache (and cleaned up). */
    private Path trainedCache(Path dir) throws Exception {
        assertThat(run(Map.of(), "--sandbox").exitCode()).isZero();
        waitFor("a cache in " + dir, () -> {
            try {
                return caches(dir).size() == 1 && !hasTrainingLeftovers(dir);
            } catch (IOException e) {
                return false;
            }
        });
        return caches(dir).getFirst();
    }

    private static boolean hasTrainingLeftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".training") || f.getFileName().toString().endsWith(".tmp"));
        }
    }

    private Optional<String> cacheArgument() throws IOException {
        List<List<String>> direct = starts(false);
        assertThat(direct).hasSize(1);
        return direct.getFirst().stream().filter(a -> a.startsWith("-XX:AOTCache=")).findFirst();
    }

    // ---- the Java version ----

    @Test
    void aJava17NamedByHubOnboardJavaIsOneSentenceAndExitTwoBeforeAnyJvmOption() throws Exception {
        Result r = run(Map.of("FAKE_VERSION", "17.0.12"), "check", "--sandbox");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("hub-onboard needs Java 25 or later, but found Java 17.0.12 at " + java
                + " (from HUB_ONBOARD_JAVA): set JAVA_HOME to a JDK 25 (export JAVA_HOME=/path/to/jdk-25),"
                + " or HUB_ONBOARD_JAVA to its bin/java.\n");
        assertThat(starts(false)).as("java never started with the app's options").isEmpty();
    }

    @Test
    void javaEightIsReadAsEightNotOne() throws Exception {
        Result r = run(Map.of("FAKE_VERSION", "1.8.0_392"), "check", "--sandbox");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("hub-onboard needs Java 25 or later, but found Java 1.8.0_392 at ");
    }

    @Test
    void theJdksReleaseFileIsReadBeforeAskingJava() throws Exception {
        Path jdk21 = tmp.resolve("jdk-21");
        Path java21 = standIn(jdk21); // it would answer 25.0.1 to -version: the release file must win
        Files.writeString(jdk21.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"21.0.5\"\n");
        Result r = run(Map.of("HUB_ONBOARD_JAVA", java21.toString()), "check", "--sandbox");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("hub-onboard needs Java 25 or later, but found Java 21.0.5 at " + java21 + " ");
    }

    @Test
    void aRealJava17OnJavaHomeIsNamedWithItsPathWhenTheBuildJdkIsGone() throws Exception {
        Path java17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        assumeTrue(Files.isExecutable(java17.resolve("bin/java")), "no Java 17 at " + java17);
        buildJdkGone();
        Map<String, String> env = new HashMap<>();
        env.put("HUB_ONBOARD_JAVA", null);
        env.put("JAVA_HOME", java17.toString());
        Result r = run(env, "check", "--sandbox");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("hub-onboard: warning: the JDK this copy was built with is gone (" + GONE + ")")
                .containsPattern("hub-onboard needs Java 25 or later, but found Java 17\\.[0-9.]+ at /\\S+/bin/java \\(from JAVA_HOME\\)")
                .doesNotContain("Invalid -Xlog option").doesNotContain("UnsupportedClassVersionError");
    }

    @Test
    void aQuotedJavaHomeIsUsedWithoutItsQuotesAndTheGoneBuildJdkIsSaid() throws Exception {
        buildJdkGone();
        Map<String, String> env = new HashMap<>();
        env.put("HUB_ONBOARD_JAVA", null);
        env.put("JAVA_HOME", "\"" + jdk + "\"");
        env.put("FAKE_EXIT", "3");
        env.put("HUB_ONBOARD_AOT", "off");
        Result r = run(env, "check", "--org", "my org");
        assertThat(r.exitCode()).as("java's exit code").isEqualTo(3);
        assertThat(r.stderr()).isEqualTo("hub-onboard: warning: the JDK this copy was built with is gone (" + GONE
                + "); using JAVA_HOME or the PATH instead. Rebuild, or set HUB_ONBOARD_JAVA, to silence this.\n");
        assertThat(starts(false)).singleElement().satisfies(a -> assertThat(a.subList(a.size() - 3, a.size()))
                .containsExactly("check", "--org", "my org"));
    }

    @Test
    void hubOnboardJavaNamingNoFileIsSaidNotSkipped() throws Exception {
        Result r = run(Map.of("HUB_ONBOARD_JAVA", tmp.resolve("no such/java").toString()), "check", "--sandbox");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).isEqualTo("hub-onboard: HUB_ONBOARD_JAVA names no executable file: "
                + tmp.resolve("no such/java") + " -- point it at a JDK 25's bin/java, or unset it.\n");
    }

    @Test
    void noJavaAnywhereIsOneSentenceAndExitTwo() throws Exception {
        buildJdkGone();
        Path tools = Files.createDirectories(tmp.resolve("tools")); // a PATH with what the script uses, and no java
        for (String tool : List.of("sh", "dirname", "readlink", "sed", "id", "find", "ls", "cksum", "cut", "mkdir")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow();
            Files.createSymbolicLink(tools.resolve(tool), real);
        }
        Map<String, String> env = new HashMap<>();
        env.put("HUB_ONBOARD_JAVA", null);
        env.put("PATH", tools.toString());
        Result r = run(env, "check", "--sandbox");
        try (Stream<Path> links = Files.list(tools)) {
            for (Path link : links.toList()) {
                Files.delete(link); // the links, not the tools (JUnit would warn about links leaving the folder)
            }
        }
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).endsWith("hub-onboard: no Java found: set JAVA_HOME to a JDK 25"
                + " (export JAVA_HOME=/path/to/jdk-25), or HUB_ONBOARD_JAVA to its bin/java.\n");
    }

    // ---- the AOT cache ----

    @Test
    void theFirstWizardStartTrainsACachePrivateToTheUserAndLaterStartsUseIt() throws Exception {
        Path cache = trainedCache(aot());
        assertThat(starts(false)).singleElement().satisfies(a -> assertThat(a).noneMatch(x -> x.startsWith("-XX:AOTCache=")));
        List<String> training = starts(true).getFirst();
        assertThat(training).contains("-Dglass.platform=Headless", "--sandbox", "-cp", app.resolve("lib") + "/*");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(aot()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rw-------");

        clearStarts();
        assertThat(run(Map.of(), "check", "--org", "my org").exitCode()).isZero();
        assertThat(cacheArgument()).contains("-XX:AOTCache=" + cache);
        assertThat(starts(true)).as("commands never train").isEmpty();
    }

    @Test
    void aChangedJarGivesANewKeyEvenInAFolderWithSpacesSoTheStaleCacheIsNotUsed() throws Exception {
        Path old = trainedCache(aot());
        Files.writeString(app.resolve("lib/other lib.jar"), "jar two, rebuilt and longer"); // the jar with a space
        clearStarts();
        assertThat(run(Map.of(), "check", "--sandbox").exitCode()).isZero();
        assertThat(cacheArgument()).as("the stale cache").isEmpty();

        clearStarts();
        Path fresh = trainedCache(aot());
        assertThat(fresh).isNotEqualTo(old);
        assertThat(old).as("the stale one removed after the new one is in place").doesNotExist();
    }

    @Test
    void aCacheOthersMayWriteIsIgnored() throws Exception {
        Path cache = trainedCache(aot());
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rw-rw-rw-"));
        clearStarts();
        assertThat(run(Map.of(), "check", "--sandbox").exitCode()).isZero();
        assertThat(cacheArgument()).isEmpty();
    }

    @Test
    void aCacheOwnedBySomeoneElseIsIgnored() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        Path cache = trainedCache(aot());
        UserPrincipal nobody = tmp.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(cache, nobody);
        clearStarts();
        assertThat(run(Map.of(), "check", "--sandbox").exitCode()).isZero();
        assertThat(cacheArgument()).isEmpty();
    }

    @Test
    void aFolderOthersMayWriteIsPassedOverForTheUsersOwnCacheFolder() throws Exception {
        Files.createDirectories(aot());
        Files.setPosixFilePermissions(aot(), PosixFilePermissions.fromString("rwxrwxrwx"));
        Path own = home.resolve(".cache/hub-onboard/aot");
        Path cache = trainedCache(own);
        assertThat(caches(aot())).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(own))).isEqualTo("rwx------");
        clearStarts();
        assertThat(run(Map.of(), "check", "--sandbox").exitCode()).isZero();
        assertThat(cacheArgument()).contains("-XX:AOTCache=" + cache);
    }

    @Test
    void withoutHomeThereIsNoCacheAndNothingInASharedFolder() throws Exception {
        Files.createDirectories(aot());
        Files.setPosixFilePermissions(aot(), PosixFilePermissions.fromString("rwxrwxrwx"));
        boolean tmpCacheBefore = Files.exists(Path.of("/tmp/.cache/hub-onboard"));
        Map<String, String> env = new HashMap<>();
        env.put("HOME", null);
        assertThat(run(env, "--sandbox").exitCode()).isZero();
        assertThat(cacheArgument()).isEmpty();
        assertThat(aot()).isEmptyDirectory();
        assertThat(starts(true)).as("no training").isEmpty();
        if (!tmpCacheBefore) {
            assertThat(Path.of("/tmp/.cache/hub-onboard")).doesNotExist();
        }
    }

    @Test
    void theTrainerIsNotLeftAZombieUnderTheApp() throws Exception {
        Process wizard = start(Map.of("FAKE_STAY", "yes"), "--sandbox");
        try {
            waitFor("the cache", () -> {
                try {
                    return caches(aot()).size() == 1 && !hasTrainingLeftovers(aot());
                } catch (IOException e) {
                    return false;
                }
            });
            // The app (the stand-in, still running) must have no child: the trainer, started from a subshell that
            // exited at once, was never its child, so it cannot linger as a zombie under a JVM that reaps nothing.
            waitFor("no child under the app", () -> wizard.children().findAny().isEmpty());
            assertThat(wizard.isAlive()).isTrue();
        } finally {
            wizard.destroy();
            assertThat(wizard.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aTrainingThatRunsAwayIsKilledAtTheLimitWithoutTimeout() throws Exception {
        Map<String, String> env = Map.of("FAKE_HANG", "yes", "HUB_ONBOARD_AOT_LIMIT", "1");
        Instant started = Instant.now();
        assertThat(run(env, "--sandbox").exitCode()).isZero();
        waitFor("the training started", () -> {
            try {
                return starts(true).size() == 1;
            } catch (IOException e) {
                return false;
            }
        });
        waitFor("the runaway training killed and cleaned up", () -> {
            try {
                return !hasTrainingLeftovers(aot());
            } catch (IOException e) {
                return false;
            }
        });
        assertThat(Duration.between(started, Instant.now())).as("killed well before the stand-in's own 60 s")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(caches(aot())).isEmpty();
    }
}
