package dev.hubonboard.net;

import okhttp3.Headers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long a 429 asks us to wait. Docker Hub sends {@code Retry-After} in seconds; older responses send
 * {@code X-Retry-After} as a unix time. The plain-text abuse limit sends neither.
 */
public final class RetryAfter {
    /** Never believe a header that asks for more than a day: treat it as "a long time". */
    private static final long MAX_SECONDS = 86_400;

    private RetryAfter() {
    }

    public static Optional<Duration> from(Headers headers, Clock clock) {
        String retryAfter = headers.get("Retry-After");
        Optional<Duration> seconds = parseLong(retryAfter).map(s -> clamp(s));
        if (seconds.isPresent()) {
            return seconds;
        }
        // HTTP also allows a date here; proxies in front of Docker Hub may send one.
        Optional<Duration> date = parseHttpDate(retryAfter)
                .map(at -> clamp(at.getEpochSecond() - clock.instant().getEpochSecond()));
        if (date.isPresent()) {
            return date;
        }
        return parseLong(headers.get("X-Retry-After"))
                .map(epoch -> clamp(epoch - clock.instant().getEpochSecond()));
    }

    private static Duration clamp(long seconds) {
        return Duration.ofSeconds(Math.max(0, Math.min(seconds, MAX_SECONDS)));
    }

    private static Optional<Instant> parseHttpDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (!v.matches("-?\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(v));
    }

    /** "in 42 s (at 10:31 UTC)" style wording is left to the UI; this gives the instant. */
    public static Instant until(Duration wait, Clock clock) {
        return clock.instant().plus(wait);
    }
}
