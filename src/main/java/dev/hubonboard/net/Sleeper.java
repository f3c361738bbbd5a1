package dev.hubonboard.net;

import java.time.Duration;

/** Waits between retries. Tests pass one that records instead of sleeping. Interruptible: that is how Cancel works. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = d -> Thread.sleep(d.toMillis());
}
