package dev.hubonboard.onboarding.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20, item 7: never two apps writing the same saved progress. */
class InstanceLockTest {
    @TempDir
    Path dir;

    /** Run in a child JVM: tries the lock of the folder in args[0] and says "taken" or "held". */
    public static void main(String[] args) throws IOException {
        Optional<InstanceLock> lock = InstanceLock.tryTake(Path.of(args[0]));
        System.out.print(lock.isPresent() ? "taken" : "held");
        if (lock.isPresent()) {
            lock.get().close();
        }
    }

    /** What a second app, another process, finds. */
    private String secondProcess() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                InstanceLockTest.class.getName(), dir.toString())).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the second process ended").isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    @Test
    void aSecondProcessFindsTheLockHeldUntilTheFirstLetsGo() throws Exception {
        try (InstanceLock first = InstanceLock.tryTake(dir).orElseThrow()) {
            assertThat(first.isHeld()).isTrue();
            assertThat(secondProcess()).isEqualTo("held");
        }
        assertThat(secondProcess()).as("after the first app quit").isEqualTo("taken");
    }

    @Test
    void aSecondAppInTheSameProcessFindsItHeldToo() throws Exception {
        try (InstanceLock first = InstanceLock.tryTake(dir).orElseThrow()) {
            assertThat(InstanceLock.tryTake(dir)).isEmpty();
        }
        try (InstanceLock again = InstanceLock.tryTake(dir).orElseThrow()) {
            assertThat(again.isHeld()).isTrue();
        }
    }

    @Test
    void theFolderIsMadeWhenMissing() throws Exception {
        try (InstanceLock lock = InstanceLock.tryTake(dir.resolve("new").resolve("practice")).orElseThrow()) {
            assertThat(dir.resolve("new/practice/" + InstanceLock.FILE)).exists();
        }
    }
}
