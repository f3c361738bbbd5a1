package dev.hubonboard.net;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpTransportTest {
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    @StartStop
    MockWebServer server = new MockWebServer();

    private final List<Duration> sleeps = new ArrayList<>();
    private final List<RetryNotice> notices = new ArrayList<>();
    private final HttpSettings settings = new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 4,
            Duration.ofMillis(500), Duration.ofSeconds(60));
    private final HttpTransport transport = newTransport(settings);

    private HttpTransport newTransport(HttpSettings s) {
        HttpTransport t = new HttpTransport(s, sleeps::add, Clock.fixed(NOW, ZoneOffset.UTC));
        t.onRetry(notices::add);
        return t;
    }

    private Request get() {
        return new Request.Builder().url(server.url("/v2/thing")).build();
    }

    private Request post() {
        return new Request.Builder().url(server.url("/v2/thing"))
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).body("{\"ok\":true}").build();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("{\"detail\":\"nope\"}").build();
    }

    private int execute(Request request, boolean idempotent) throws ServiceException {
        try (Response r = transport.execute(request, idempotent, "testing")) {
            return r.code();
        }
    }

    @Test
    void rateLimitWaitsRetryAfterSecondsThenSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3").build());
        server.enqueue(ok());

        assertThat(execute(get(), true)).isEqualTo(200);

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.delay()).isEqualTo(Duration.ofSeconds(3));
            assertThat(n.reason()).contains("rate-limited").contains("testing");
        });
    }

    @Test
    void rateLimitWaitsUntilXRetryAfterUnixTime() throws Exception {
        long at = NOW.getEpochSecond() + 7;
        server.enqueue(new MockResponse.Builder().code(429).addHeader("X-Retry-After", String.valueOf(at)).build());
        server.enqueue(ok());

        assertThat(execute(get(), true)).isEqualTo(200);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void rateLimitAcceptsAnHttpDate() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429)
                .addHeader("Retry-After", "Thu, 15 Jan 2026 10:00:09 GMT").build());
        server.enqueue(ok());

        assertThat(execute(get(), true)).isEqualTo(200);

        assertThat(sleeps).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void plainTextRateLimitWithoutHeadersBacksOffThenSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "text/plain")
                .body("Too Many Requests").build());
        server.enqueue(ok());

        assertThat(execute(get(), true)).isEqualTo(200);

        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.getFirst()).isPositive().isLessThanOrEqualTo(settings.maxRateLimitWait());
    }

    @Test
    void rateLimitIsRetriedForPostToo() throws Exception {
        // A 429 means the request was not processed, so repeating a POST cannot do anything twice.
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(ok());

        assertThat(execute(post(), false)).isEqualTo(200);

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void persistentPlainTextRateLimitEndsAsRateLimitedException() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse.Builder().code(429).body("Too Many Requests").build());
        }

        assertThatThrownBy(() -> execute(get(), true))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.detail()).contains("Too Many Requests");
                    assertThat(e.getMessage()).contains("429").contains("testing");
                });
        assertThat(server.getRequestCount()).isEqualTo(settings.maxAttempts());
    }

    @Test
    void tooLongRetryAfterIsReportedWithoutWaiting() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());

        assertThatThrownBy(() -> execute(get(), true))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
                    assertThat(e.getMessage()).contains("3600 s");
                });
        assertThat(sleeps).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorIsRetriedForGet() throws Exception {
        server.enqueue(status(503));
        server.enqueue(status(502));
        server.enqueue(ok());

        assertThat(execute(get(), true)).isEqualTo(200);

        assertThat(server.getRequestCount()).isEqualTo(3);
        // Doubling backoff from the base.
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void serverErrorIsNotRetriedForPost() {
        server.enqueue(status(500));
        server.enqueue(ok());

        assertThatThrownBy(() -> execute(post(), false))
                .isInstanceOfSatisfying(UnreachableException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void serverErrorRetriesAreBounded() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(status(503));
        }

        assertThatThrownBy(() -> execute(get(), true))
                .isInstanceOfSatisfying(UnreachableException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("after 4 tries");
                });
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void disconnectIsRetriedForGet() throws Exception {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok());

        assertThat(execute(get(), true)).isEqualTo(200);

        assertThat(sleeps).hasSize(1);
        assertThat(notices).as("a hiccup the first retry recovered is not announced").isEmpty();
    }

    @Test
    void disconnectIsNotRetriedForPost() {
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok());

        assertThatThrownBy(() -> execute(post(), false))
                .isInstanceOfSatisfying(UnreachableException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.getMessage()).contains("testing");
                });
        assertThat(sleeps).isEmpty();
    }

    @Test
    void refusedConnectionRetriesAreBoundedThenUnreachable() throws Exception {
        var url = server.url("/v2/thing");
        server.close(); // nothing listens on that port any more

        assertThatThrownBy(() -> {
            try (Response r = transport.execute(new Request.Builder().url(url).build(), true, "testing")) {
                r.code();
            }
        }).isInstanceOf(UnreachableException.class).hasMessageContaining("testing");
        assertThat(sleeps).hasSize(settings.maxAttempts() - 1);
    }

    @Test
    void slowAnswerTimesOut() {
        HttpTransport quick = newTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofMillis(300), 1,
                Duration.ofMillis(10), Duration.ofSeconds(60)));
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(3, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> quick.execute(get(), true, "testing").close())
                .isInstanceOf(UnreachableException.class).hasMessageContaining("did not answer in time");
    }

    @Test
    void unauthorizedIsNeverRetried() throws Exception {
        server.enqueue(status(401));
        server.enqueue(ok());

        assertThat(execute(get(), true)).isEqualTo(401);
        assertThat(execute(post(), false)).isEqualTo(200); // the second enqueued answer was still unused
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void sendsUserAgent() throws Exception {
        server.enqueue(ok());

        execute(get(), true);

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getHeaders().get("User-Agent")).startsWith("hub-onboard/").contains("Java");
    }

    @Test
    void doesNotFollowRedirects() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "https://elsewhere.example/")
                .build());

        assertThat(execute(get(), true)).isEqualTo(302);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void interruptedWaitCancels() {
        HttpTransport cancelling = new HttpTransport(settings, d -> {
            throw new InterruptedException();
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        server.enqueue(status(503));

        try {
            assertThatThrownBy(() -> cancelling.execute(get(), true, "testing").close())
                    .isInstanceOf(UnreachableException.class).hasMessageContaining("Cancelled");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted(); // leave the test thread clean
        }
    }
}
