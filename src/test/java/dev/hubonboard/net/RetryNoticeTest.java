package dev.hubonboard.net;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which retry waits reach the user (the wizard's waiting line, check's standard error): a rate-limit wait always, a
 * failure only when its retry failed too. A connection dropped once and recovered by the retry says nothing.
 */
class RetryNoticeTest {
    @StartStop
    MockWebServer server = new MockWebServer();

    private final List<Duration> sleeps = new ArrayList<>();
    private final List<RetryNotice> told = new ArrayList<>();

    private int get() throws ServiceException {
        HttpTransport t = new HttpTransport(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 4,
                Duration.ofMillis(500), Duration.ofSeconds(60)), sleeps::add, Clock.systemUTC());
        t.onRetry(told::add);
        try (Response r = t.execute(new Request.Builder().url(server.url("/v2/thing")).build(), true, "listing")) {
            return r.code();
        }
    }

    private static MockResponse dropped() {
        return new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).body("{}").build();
    }

    @Test
    void oneDroppedConnectionRecoveredByTheRetryIsNotAnnounced() throws Exception {
        server.enqueue(dropped());
        server.enqueue(ok());

        assertThat(get()).isEqualTo(200);
        assertThat(sleeps).hasSize(1); // it did wait and retry
        assertThat(told).isEmpty();
    }

    @Test
    void oneServerErrorRecoveredByTheRetryIsNotAnnounced() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(ok());

        assertThat(get()).isEqualTo(200);
        assertThat(told).isEmpty();
    }

    @Test
    void aRetryThatFailsTooIsAnnouncedWithItsReason() throws Exception {
        server.enqueue(dropped());
        server.enqueue(dropped());
        server.enqueue(ok());

        assertThat(get()).isEqualTo(200);
        assertThat(sleeps).hasSize(2);
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.attempt()).isEqualTo(2);
            assertThat(n.rateLimited()).isFalse();
            assertThat(n.reason()).contains("closed the connection").contains("while listing");
            assertThat(n.delay()).isEqualTo(Duration.ofSeconds(1));
        });
    }

    @Test
    void aRateLimitWaitIsAnnouncedAtOnce() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "12").build());
        server.enqueue(ok());

        assertThat(get()).isEqualTo(200);
        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.rateLimited()).isTrue();
            assertThat(n.attempt()).isEqualTo(1);
            assertThat(n.delay()).isEqualTo(Duration.ofSeconds(12));
        });
    }

    @Test
    void worthTellingIsRateLimitsAndSecondFailures() {
        assertThat(new RetryNotice("x", Duration.ofSeconds(1), 1).worthTelling()).isFalse();
        assertThat(new RetryNotice("x", Duration.ofSeconds(1), 2).worthTelling()).isTrue();
        assertThat(new RetryNotice("x", Duration.ofSeconds(30), 1, true).worthTelling()).isTrue();
    }
}
