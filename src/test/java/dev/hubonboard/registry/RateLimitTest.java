package dev.hubonboard.registry;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {
    @Test
    void readsLimitRemainingAndWindow() {
        Headers h = Headers.of("ratelimit-limit", "200;w=21600", "ratelimit-remaining", "187;w=21600",
                "docker-ratelimit-source", "203.0.113.9");
        assertThat(RateLimit.from(h)).contains(new RateLimit(200, 187, 21600, "203.0.113.9"));
    }

    @Test
    void noHeadersMeansNoLimit() {
        assertThat(RateLimit.from(Headers.of())).isEmpty();
    }

    @Test
    void garbageIsIgnoredNotThrown() {
        assertThat(RateLimit.from(Headers.of("ratelimit-limit", "lots"))).isEmpty();
        assertThat(RateLimit.from(Headers.of("ratelimit-limit", "-5;w=1"))).isEmpty();
        assertThat(RateLimit.from(Headers.of("ratelimit-limit", "100"))).contains(new RateLimit(100, -1, 0, ""));
        assertThat(RateLimit.from(Headers.of("ratelimit-limit", ";;"))).isEmpty(); // found by the property tests
    }
}
