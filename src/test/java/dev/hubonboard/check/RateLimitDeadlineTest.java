package dev.hubonboard.check;

import dev.hubonboard.cli.CheckCapture;
import dev.hubonboard.cli.CheckCommand;
import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Hub that keeps answering "1 request left, reset in 59 s" (issue 20, item 8): every wait alone is under the
 * one-minute cap, so without an overall deadline a listing of 50 pages would be paced for about 50 minutes. The
 * connection test ends as rate-limited (check: exit 3) once the next wait would pass its time limit. Time is a
 * hand-driven clock that the sleeper moves: nothing really waits.
 */
class RateLimitDeadlineTest {
    private static final String TOKEN = "dckr_pat_abcdefghijklmnopqrstuvwxyz0";
    /**
     * The slack of the shared hand-driven clock: a worker's wait is laid on the clock when it calls the sleeper,
     * which may be after another worker's wait moved it on; so the end can pass the limit by at most one wait (the
     * transport's cap, 60 s). Without a deadline it would be about 50 minutes.
     */
    private static final Duration ONE_WAIT = Duration.ofSeconds(60);

    @StartStop
    final MockWebServer server = new MockWebServer();

    /** The transport's clock; the sleeper moves it to the end of each wait, so a wait "takes" exactly its time. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-06T12:00:00Z"));
    private final AtomicInteger listingRequests = new AtomicInteger();

    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private HttpTransport transport() {
        // A wait ends at (its start + its time): workers waiting side by side end together, not one after another
        // (adding each wait to the clock once counted 10 min 49 s for waits that overlapped; CI saw it).
        return new HttpTransport(new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 3,
                Duration.ofMillis(10), Duration.ofSeconds(60)), d -> {
                    Instant until = now.get().plus(d);
                    now.accumulateAndGet(until, (t, u) -> t.isAfter(u) ? t : u);
                }, clock);
    }

    /** 5,000 repositories in 50 pages; every answer: one request left, the window renews in 59 s. */
    private void stingyHub() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                MockResponse.Builder b = new MockResponse.Builder().addHeader("Content-Type", "application/json")
                        .addHeader("X-RateLimit-Limit", "180").addHeader("X-RateLimit-Remaining", "1")
                        .addHeader("X-RateLimit-Reset", String.valueOf(now.get().getEpochSecond() + 59));
                String path = r.getUrl().encodedPath();
                if (path.equals("/v2/auth/token")) {
                    return b.code(200).body("{\"access_token\":\"session-jwt\"}").build();
                }
                if (path.startsWith("/v2/namespaces/acme/repositories")) {
                    listingRequests.incrementAndGet();
                    int page = Integer.parseInt(r.getUrl().queryParameter("page") == null ? "1"
                            : r.getUrl().queryParameter("page"));
                    StringBuilder results = new StringBuilder();
                    for (int i = 0; i < 100; i++) {
                        results.append(i == 0 ? "" : ",").append("{\"name\":\"repo-").append(page).append('-').append(i)
                                .append("\",\"namespace\":\"acme\",\"is_private\":true}");
                    }
                    String next = page < 50 ? "\"" + server.url("/v2/namespaces/acme/repositories?page_size=100&page="
                            + (page + 1)) + "\"" : "null";
                    return b.code(200).body("{\"count\":5000,\"next\":" + next + ",\"results\":[" + results + "]}")
                            .build();
                }
                return b.code(404).body("{}").build();
            }
        });
    }

    @Test
    void theTestEndsRateLimitedOnceTheNextWaitWouldPassItsTimeLimit() {
        stingyHub();
        Instant start = now.get();
        Duration limit = Duration.ofMinutes(5);
        Report report = new ConnectionTest(transport(), server.url("/"), server.url("/"), Concurrency.DEFAULT, limit)
                .run(new CheckTarget("acme", "scanner", TOKEN), new CheckListener() { });

        assertThat(report.rateLimited()).isTrue();
        assertThat(report.unreachable()).isTrue();
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.check(CheckId.CREDENTIALS).orElseThrow().status()).isEqualTo(Outcome.PASS);
        CheckResult listing = report.check(CheckId.REPOSITORIES).orElseThrow();
        assertThat(listing.status()).isEqualTo(Outcome.FAIL);
        assertThat(listing.summary()).contains("kept rate-limiting").contains("the time this job may take");
        assertThat(report.check(CheckId.PULL).orElseThrow().summary()).isEqualTo(
                "Skipped: Docker Hub is rate-limiting these requests.");
        // It stopped within its limit (no wait was started that would pass it), long before the 50th page (six
        // workers share the pacing, and each renewed window lets a few go at once).
        assertThat(Duration.between(start, now.get())).isLessThanOrEqualTo(limit.plus(ONE_WAIT));
        assertThat(listingRequests.get()).isBetween(2, 20);
        assertThat(ReportFormat.text(report)).contains("Result: rate-limited");
        assertThat(ReportSummary.of(report).verdict()).isEqualTo(ReportSummary.Verdict.UNREACHABLE);
        assertThat(ReportSummary.of(report).line()).startsWith("Docker Hub is rate-limiting the test: ");
    }

    @Test
    void checkExitsThreeAndSaysRateLimited() {
        stingyHub();
        Instant start = now.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CheckCommand(new ByteArrayInputStream((TOKEN + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                (org, user) -> null, this::transport).run(List.of("--org", "acme", "--username", "scanner",
                "--token-stdin", "--hub-url", server.url("/").toString(), "--registry-url", server.url("/").toString()));
        assertThat(exit).as(out + "\n" + err).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Result: rate-limited");
        assertThat(Duration.between(start, now.get())).isLessThanOrEqualTo(
                ConnectionTest.DEFAULT_TIME_LIMIT.plus(ONE_WAIT));
        assertThat(listingRequests.get()).isLessThan(50);
    }

    @Test
    void checksJsonReportSaysRateLimited() throws Exception {
        stingyHub();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new CheckCommand(new ByteArrayInputStream((TOKEN + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), (org, user) -> null, this::transport).run(List.of("--org", "acme",
                "--username", "scanner", "--token-stdin", "--hub-url", server.url("/").toString(), "--registry-url",
                server.url("/").toString(), "--format", "json"));
        assertThat(exit).isEqualTo(3);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.path("rateLimited").isBoolean()).isTrue();
        assertThat(json.path("rateLimited").asBoolean()).isTrue();
        assertThat(json.path("ready").asBoolean()).isFalse();
    }

    @Test
    void aSingle429AskingForAnHourIsRateLimitedToo() {
        // Contract change (issue 20): a wait longer than the cap also ends the test as rate-limited, exit 3, not 1.
        server.enqueue(new MockResponse.Builder().code(200).body("{\"access_token\":\"session-jwt\"}").build());
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").body("slow down").build());
        Report report = new ConnectionTest(transport(), server.url("/"), server.url("/"))
                .run(new CheckTarget("acme", "scanner", TOKEN), new CheckListener() { });
        assertThat(report.rateLimited()).isTrue();
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.check(CheckId.REPOSITORIES).orElseThrow().remediation()).startsWith("Wait 3600 s");
    }
}
