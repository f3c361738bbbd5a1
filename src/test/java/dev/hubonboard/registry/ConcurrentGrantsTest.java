package dev.hubonboard.registry;

import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.Sleeper;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static dev.hubonboard.registry.AccessClaimTest.jwt;
import static org.assertj.core.api.Assertions.assertThat;

/** The grant batches side by side: same batches and grants as one after another, in the order asked. */
class ConcurrentGrantsTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(5),
            Duration.ofSeconds(20), 3, Duration.ofMillis(1), Duration.ofSeconds(5)), Sleeper.REAL, Clock.systemUTC());

    /** A token service that grants pull on every scope asked, except repositories whose name ends in 7. */
    private void tokenService(CountDownLatch together) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                together.countDown();
                together.await(10, TimeUnit.SECONDS); // the first batches meet at the server
                List<String> access = new ArrayList<>();
                for (String scope : request.getUrl().queryParameterValues("scope")) {
                    String name = scope.substring("repository:".length(), scope.lastIndexOf(':'));
                    access.add("{\"type\":\"repository\",\"name\":\"" + name + "\",\"actions\":"
                            + (name.endsWith("7") ? "[]" : "[\"pull\"]") + "}");
                }
                return new MockResponse.Builder().code(200).body("{\"token\":\""
                        + jwt("{\"access\":[" + String.join(",", access) + "]}") + "\"}").build();
            }
        });
    }

    private static List<String> repositories(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("acme/service-%05d", i)).toList();
    }

    @Test
    void batchesSideBySideGrantTheSameAsInTurnInTheOrderAsked() throws Exception {
        List<String> wanted = repositories(1_000);
        int batches = RegistryClient.batches(wanted, "pull").size();
        assertThat(batches).isGreaterThan(4);
        Challenge challenge = new Challenge(server.url("/token").toString(), "registry.docker.io");

        tokenService(new CountDownLatch(4));
        Map<String, Set<String>> concurrent = new RegistryClient(transport, server.url("/"), new Concurrency(4))
                .grants(challenge, "scanner", "dckr_pat_SECRET", wanted, "pull");
        int concurrentRequests = server.getRequestCount();
        tokenService(new CountDownLatch(1));
        Map<String, Set<String>> sequential = new RegistryClient(transport, server.url("/"), Concurrency.SEQUENTIAL)
                .grants(challenge, "scanner", "dckr_pat_SECRET", wanted, "pull");

        assertThat(concurrentRequests).isEqualTo(batches);
        assertThat(server.getRequestCount() - concurrentRequests).isEqualTo(batches);
        assertThat(concurrent).isEqualTo(sequential);
        assertThat(concurrent.keySet()).containsExactlyElementsOf(wanted);
        assertThat(concurrent.values().stream().filter(a -> a.contains("pull")).count()).isEqualTo(900);
    }

    @Test
    void batchesKeepEveryScopeOnceAndEachRequestUnderTheLimit() {
        List<String> wanted = repositories(5_000);
        List<List<String>> batches = RegistryClient.batches(wanted, "pull");
        assertThat(batches.stream().flatMap(List::stream).toList())
                .containsExactlyElementsOf(wanted.stream().map(r -> "repository:" + r + ":pull").toList());
        AtomicInteger longest = new AtomicInteger();
        batches.forEach(b -> longest.accumulateAndGet(b.stream().mapToInt(s -> s.length() * 3 + 7).sum(), Math::max));
        assertThat(longest.get()).as("an upper bound of each query's encoded length").isLessThan(3 * 6_000);
        assertThat(batches.size()).as("5,000 repositories in well under 100 token requests").isLessThan(60);
    }
}
