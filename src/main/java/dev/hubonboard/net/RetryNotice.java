package dev.hubonboard.net;

import java.time.Duration;

/**
 * Told to the user while a call waits before a retry: why, and for how long.
 *
 * @param attempt    the try that just failed (1 for the first)
 * @param rateLimited the wait is one the server asked for (HTTP 429), not a failure's back-off
 */
public record RetryNotice(String reason, Duration delay, int attempt, boolean rateLimited) {

    /** A failure's back-off (server error, broken connection, no answer in time). */
    public RetryNotice(String reason, Duration delay, int attempt) {
        this(reason, delay, attempt, false);
    }

    /**
     * Whether a person should hear of this wait. A rate-limit wait: always, since the server chose it and it can last a
     * minute. A failure: only once its retry has failed too. A single hiccup (a connection the server or a proxy
     * closed while idle, one 503) that the first retry recovers is routine for HTTP clients and would only alarm.
     */
    public boolean worthTelling() {
        return rateLimited || attempt >= 2;
    }
}
