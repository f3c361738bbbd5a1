package dev.hubonboard.net;

import java.time.Duration;

/**
 * What every outgoing call shares. Retries are bounded in count and in total wait so that no loop can run away.
 *
 * @param maxAttempts       tries of one request in all (first try included)
 * @param baseBackoff       first wait after a 5xx or I/O error; doubled each time
 * @param maxRateLimitWait  the longest Retry-After we sit through; a longer one is reported to the user instead
 */
public record HttpSettings(Duration connectTimeout, Duration callTimeout, int maxAttempts, Duration baseBackoff,
                           Duration maxRateLimitWait) {

    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 4, Duration.ofMillis(500),
                Duration.ofSeconds(60));
    }

    public HttpSettings {
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1..10");
        }
    }
}
