package dev.hubonboard.hub;

import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.RetryNotice;
import dev.hubonboard.net.Sleeper;
import dev.hubonboard.net.UnreachableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository listing with several pages in flight, against a loopback server that records what arrives when.
 * No assertion depends on the machine being fast: the server holds answers on latches (with long time-outs that
 * only a broken client reaches), and times are only compared against instants the client was told to wait for, in
 * the direction a slow machine cannot break (a late request is never a failure).
 */
class ConcurrentPagingTest {
    private static final AccessToken TOKEN = new AccessToken("header.payload.signature");
    private static final Concurrency FOUR = new Concurrency(4);

    private final HttpTransport transport = new HttpTransport(
            new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 4, Duration.ofMillis(10),
                    Duration.ofSeconds(10)), Sleeper.REAL, Clock.systemUTC());
    private PagingServer server;

    @AfterEach
    void stop() throws Exception {
        transport.onRetry(null);
        if (server != null) {
            server.close();
        }
    }

    private static List<String> names(int total) {
        return IntStream.range(0, total).mapToObj(i -> String.format("repo-%05d", i)).toList();
    }

    private static boolean await(CountDownLatch latch) throws InterruptedException {
        return latch.await(10, TimeUnit.SECONDS); // only a client that does not do what is tested waits this long
    }

    @Test
    void pagesAfterTheFirstGoSideBySideAndComeBackInPageOrder() throws Exception {
        CountDownLatch firstWave = new CountDownLatch(4);
        server = new PagingServer(1_050, (page, attempt) -> {
            if (page == 1) {
                return PagingServer.Reply.page();
            }
            firstWave.countDown();
            if (page <= 5) {
                await(firstWave); // pages 2-5 are answered only once all four are at the server together
            }
            if (page == 2) { // and page 2 last of them: the answers come back out of order
                server.awaitUntil(() -> server.answered().containsAll(List.of(3, 4, 5)), Duration.ofSeconds(10));
            }
            return PagingServer.Reply.page();
        });
        HubClient client = new HubClient(transport, server.base(), FOUR);

        List<Repository> repos = client.repositories(TOKEN, "acme");

        List<Integer> written = server.answered();
        assertThat(written.get(0)).isEqualTo(1);
        // Page 2 is answered after pages 3-5. A worker freed by page 3 may fetch page 6 before page 5 is answered,
        // so only the order of page 2 against 3-5 is fixed (CI once saw 1, 3, 6, 4, 5, 2).
        assertThat(written.indexOf(2)).as("page 2 answered after pages 3-5: %s", written)
                .isGreaterThan(written.indexOf(3)).isGreaterThan(written.indexOf(4)).isGreaterThan(written.indexOf(5));
        assertThat(repos).extracting(Repository::name).containsExactlyElementsOf(names(1_050));
        assertThat(server.arrivals()).hasSize(11); // count tells 11 pages: no request past the last one
        assertThat(server.maxInFlight()).isEqualTo(4);
        assertThat(server.arrivals().getFirst().page()).isEqualTo(1);
    }

    @Test
    void concurrencyOneIsTheOldOrderOnePageAfterAnother() throws Exception {
        server = new PagingServer(450, (page, attempt) -> PagingServer.Reply.page());
        HubClient client = new HubClient(transport, server.base(), Concurrency.SEQUENTIAL);

        assertThat(client.repositories(TOKEN, "acme")).extracting(Repository::name).containsExactlyElementsOf(names(450));
        assertThat(server.arrivals()).extracting(PagingServer.Arrival::page).containsExactly(1, 2, 3, 4, 5);
        assertThat(server.maxInFlight()).isEqualTo(1);
    }

    /**
     * Page 3 is refused with 429 while pages 2, 4 and 5 are at the server too. Those three are answered only once
     * the client has announced its wait, so their workers' next pages would leave right away if the wait held back
     * the refused request alone. None may reach the server before the retry time.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Retry-After", "X-Retry-After"})
    void a429DuringPagingHoldsBackEveryRequestUntilTheRetryTime(String header) throws Exception {
        CountDownLatch firstWave = new CountDownLatch(4);
        CountDownLatch announced = new CountDownLatch(1);
        AtomicReference<Instant> refusedAt = new AtomicReference<>();
        AtomicReference<Instant> retryAt = new AtomicReference<>();
        server = new PagingServer(1_200, (page, attempt) -> {
            if (page == 1) {
                return PagingServer.Reply.page();
            }
            if (page <= 5 && attempt == 1) {
                firstWave.countDown();
                await(firstWave);
                if (page == 3) {
                    Instant now = Instant.now();
                    // Retry-After: seconds from now (the Hub's); X-Retry-After: a unix time (older answers).
                    long epoch = now.getEpochSecond() + 2;
                    Instant until = header.equals("Retry-After") ? now.plusSeconds(1) : Instant.ofEpochSecond(epoch);
                    retryAt.set(until);
                    refusedAt.set(now);
                    return new PagingServer.Reply(429,
                            Map.of(header, header.equals("Retry-After") ? "1" : String.valueOf(epoch)), false);
                }
                await(announced);
            }
            return PagingServer.Reply.page();
        });
        List<RetryNotice> notices = new CopyOnWriteArrayList<>();
        transport.onRetry(n -> {
            notices.add(n);
            announced.countDown();
        });
        HubClient client = new HubClient(transport, server.base(), FOUR);

        List<Repository> repos = client.repositories(TOKEN, "acme");

        assertThat(repos).extracting(Repository::name).containsExactlyElementsOf(names(1_200));
        assertThat(announced.getCount()).as("the wait was announced (from the worker thread)").isZero();
        assertThat(notices).hasSize(1);
        assertThat(notices.getFirst().reason()).contains("rate-limited");
        List<PagingServer.Arrival> after = server.arrivals().stream()
                .filter(a -> a.at().isAfter(refusedAt.get())).toList();
        // The refused page again, and pages 6-12: all of them after the 429, none before the retry time.
        assertThat(after).hasSizeGreaterThanOrEqualTo(8);
        assertThat(after).allSatisfy(a -> assertThat(a.at()).as("page %d attempt %d", a.page(), a.attempt())
                .isAfterOrEqualTo(retryAt.get()));
        assertThat(server.arrivals()).filteredOn(a -> a.page() == 3).hasSize(2);
    }

    @Test
    void stopDuringPagingCancelsEveryRequestInFlightAndSendsNoMore() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(4);
        server = new PagingServer(2_000, (page, attempt) -> {
            if (page == 1) {
                return PagingServer.Reply.page();
            }
            inFlight.countDown();
            return PagingServer.Reply.untilHangUp(); // answered never: only the client's hang-up ends it
        });
        HubClient client = new HubClient(transport, server.base(), FOUR);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread test = Thread.ofPlatform().start(() -> {
            try {
                client.repositories(TOKEN, "acme");
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        assertThat(await(inFlight)).as("four pages in flight at the server").isTrue();

        test.interrupt(); // Stop
        test.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(test.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(UnreachableException.class).hasMessageContaining("Cancelled");
        assertThat(transport.requestsInFlight()).as("requests the client still runs").isZero();
        long sent = server.arrivals().size();
        // At the server: each of the four held requests saw its connection closed by the client.
        server.awaitUntil(() -> server.hungUp().size() >= 4, Duration.ofSeconds(10));
        assertThat(server.hungUp()).hasSize(4);
        assertThat(server.laterPageArrivals()).isEqualTo(4);
        // And nothing more arrives afterwards (a late request would show here). A watch for something that must not
        // happen has no event to wait for: this is the one fixed wait left in the file, on purpose.
        Thread.sleep(300);
        assertThat(server.arrivals()).hasSize((int) sent);
    }

    /**
     * The Hub's budget: page 1 says 2 requests are left until the reset. At most 2 more may reach the server before
     * it; the rest wait for the reset (none is sent that the budget no longer covers).
     */
    @Test
    void rateLimitRemainingSlowsDownBeforeTheLimitAndWaitsForTheReset() throws Exception {
        long reset = Instant.now().getEpochSecond() + 2;
        Instant resetAt = Instant.ofEpochSecond(reset);
        int[] left = {2};
        server = new PagingServer(600, (page, attempt) -> {
            synchronized (left) {
                if (Instant.now().isBefore(resetAt)) {
                    int remaining = page == 1 ? left[0] : Math.max(0, --left[0]);
                    return PagingServer.Reply.page(Map.of("X-RateLimit-Limit", "180",
                            "X-RateLimit-Remaining", String.valueOf(remaining), "X-RateLimit-Reset", String.valueOf(reset)));
                }
                return PagingServer.Reply.page(Map.of("X-RateLimit-Limit", "180",
                        "X-RateLimit-Remaining", "179", "X-RateLimit-Reset", String.valueOf(reset + 60)));
            }
        });
        HubClient client = new HubClient(transport, server.base(), FOUR);

        List<Repository> repos = client.repositories(TOKEN, "acme");

        assertThat(repos).extracting(Repository::name).containsExactlyElementsOf(names(600));
        List<PagingServer.Arrival> early = server.arrivals().stream()
                .filter(a -> a.page() > 1 && a.at().isBefore(resetAt)).toList();
        assertThat(early).as("requests sent within the 2 left before the reset").hasSizeLessThanOrEqualTo(2);
        assertThat(server.arrivals()).hasSize(6);
    }
}
