package dev.hubonboard.onboarding.store;

import java.nio.file.Path;
import java.time.Clock;

/** Opens {@link ProgressStore}'s last step to the crash test in another package: a save that stops mid-write. */
public final class CrashPoints {
    private CrashPoints() {
    }

    /**
     * A store whose saves, once {@code armed} says so, stop after the temporary file is written and synced but before
     * the rename: {@code reached} runs there, then the save waits to be killed.
     */
    public static ProgressStore stopsBeforeRename(Path dir, java.util.function.BooleanSupplier armed, Runnable reached) {
        return new ProgressStore(dir, Clock.systemUTC(), (temp, target) -> {
            if (armed.getAsBoolean()) {
                reached.run();
                try {
                    Thread.sleep(60_000); // the test kills this JVM here, mid-write
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ProgressStore.ATOMIC_MOVE.move(temp, target);
        });
    }
}
