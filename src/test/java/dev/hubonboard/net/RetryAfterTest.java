package dev.hubonboard.net;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void secondsWinOverUnixTime() {
        Headers h = Headers.of("Retry-After", "5", "X-Retry-After", String.valueOf(clock.instant().getEpochSecond() + 99));
        assertThat(RetryAfter.from(h, clock)).contains(Duration.ofSeconds(5));
    }

    @Test
    void unixTimeInThePastMeansNow() {
        Headers h = Headers.of("X-Retry-After", String.valueOf(clock.instant().getEpochSecond() - 30));
        assertThat(RetryAfter.from(h, clock)).contains(Duration.ZERO);
    }

    @Test
    void absurdValuesAreClampedToADay() {
        assertThat(RetryAfter.from(Headers.of("Retry-After", "999999999"), clock)).contains(Duration.ofDays(1));
    }

    @Test
    void garbageIsIgnored() {
        assertThat(RetryAfter.from(Headers.of("Retry-After", "soon"), clock)).isEmpty();
        assertThat(RetryAfter.from(Headers.of(), clock)).isEmpty();
    }
}
