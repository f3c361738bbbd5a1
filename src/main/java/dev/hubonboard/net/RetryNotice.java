package dev.hubonboard.net;

import java.time.Duration;

/** Told to the user while a call waits before a retry: why, and for how long. */
public record RetryNotice(String reason, Duration delay, int attempt) {
}
