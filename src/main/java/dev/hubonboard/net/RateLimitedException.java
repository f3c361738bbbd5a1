package dev.hubonboard.net;

import java.time.Duration;

/** Docker Hub answered 429 and asked for a longer wait than we are willing to sit through. */
public final class RateLimitedException extends ServiceException {
    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter, String detail) {
        super(message, 429, detail, null);
        this.retryAfter = retryAfter;
    }

    /** How long Docker Hub asked us to wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
