package dev.hubonboard.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.Repository;
import dev.hubonboard.hub.UnexpectedResponseException;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.ServiceException;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Docker Hub's {@code next} links, generated: the pager follows them only to the Hub's own origin (the bearer token
 * goes with it), never loops, and turns anything odd into a typed error (inputs from {@link Gen}).
 */
class PaginationPropertiesTest {
    static final AtomicLong TRIED = new AtomicLong();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccessToken SESSION = new AccessToken("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln");

    static final java.util.concurrent.ExecutorService EXECUTOR = java.util.concurrent.Executors.newFixedThreadPool(2);
    static HttpServer hub;
    static HttpServer foreign;
    static final AtomicInteger hubHits = new AtomicInteger();
    static final AtomicInteger foreignHits = new AtomicInteger();
    /** The next links of the current try: page N answers links.get(N - 1), or null past the end. */
    static volatile List<Object> links = List.of();
    static volatile boolean endless;

    @BeforeAll
    static void start() throws Exception {
        // The JDK's server, like the practice Hub: MockWebServer answers ~40 ms a request here, too slow for
        // thousands of pages.
        hub = serve(exchange -> {
            hubHits.incrementAndGet();
            String q = exchange.getRequestURI().getRawQuery();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|&)page=(\\d{1,6})(?:&|$)")
                    .matcher(q == null ? "" : q);
            int page = m.find() ? Integer.parseInt(m.group(1)) : 1;
            Object next = endless ? "?page=" + (page + 1) : page - 1 < links.size() ? links.get(page - 1) : null;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("count", links.size() + 1);
            body.put("next", next);
            body.put("previous", null);
            body.put("results", List.of(Map.of("name", "repo-" + page, "namespace", "acme", "is_private", true)));
            return JSON.writeValueAsString(body);
        });
        foreign = serve(exchange -> {
            foreignHits.incrementAndGet();
            return "{\"results\":[],\"next\":null}";
        });
    }

    interface Answer {
        String body(HttpExchange exchange) throws Exception;
    }

    private static HttpServer serve(Answer answer) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(EXECUTOR);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] bytes = answer.body(exchange).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        hub.stop(0);
        foreign.stop(0);
        EXECUTOR.shutdownNow();
        Properties.add("pagination", TRIED.get());
    }

    private static HubClient client() {
        return new HubClient(new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1,
                Duration.ofMillis(1), Duration.ofSeconds(1)), d -> { }, Clock.systemUTC()),
                HttpUrl.get("http://127.0.0.1:" + hub.getAddress().getPort()));
    }

    static Object nextLink(Gen g) {
        int p = hub.getAddress().getPort();
        int f = foreign.getAddress().getPort();
        int n = g.between(1, 8);
        return g.either(
                // good: same origin, absolute or relative
                () -> "http://127.0.0.1:" + p + "/v2/namespaces/acme/repositories?page=" + n,
                () -> "/v2/namespaces/acme/repositories?page=" + n,
                () -> "?page=" + n,
                () -> "repositories?page=" + n,
                () -> "  http://127.0.0.1:" + p + "/v2/namespaces/acme/repositories?page=" + n + "  ",
                () -> "HTTP://127.0.0.1:" + p + "/v2/namespaces/acme/repositories?page=" + n,
                // foreign: another port, another spelling of this machine, another scheme, credentials
                () -> "http://127.0.0.1:" + f + "/steal?page=" + n,
                () -> "//127.0.0.1:" + f + "/steal?page=" + n,
                () -> "http://localhost:" + p + "/v2/namespaces/acme/repositories?page=" + n,
                () -> "http://localhost:" + f + "/steal?page=" + n,
                () -> "https://127.0.0.1:" + p + "/v2/namespaces/acme/repositories?page=" + n,
                () -> "http://user:pw@127.0.0.1:" + f + "/?page=" + n,
                () -> "http://[::1]:" + f + "/?page=" + n,
                () -> "http://127.0.0.1:" + p + "@127.0.0.1:" + f + "/?page=" + n,
                () -> "http://127.0.0.1:" + f + "\\@127.0.0.1:" + p + "/?page=" + n,
                // junk
                () -> g.oneOf("", "   ", "not a url", "http://", "javascript:alert(1)", "mailto:a@b.c",
                        "file:///etc/passwd", "http://127.0.0.1:0/", "::::", "%zz", "\u0000", "ftp://127.0.0.1/"),
                () -> g.anyString(0, 40),
                () -> g.oneOf(42, true, List.of("a"), Map.of("href", "?page=2")));
    }

    static List<Object> nextLinks(Gen g) {
        return g.list(() -> nextLink(g), 0, 6);
    }

    @Test
    void nextIsFollowedOnlyToTheHubsOwnOriginAndNeverLoops() {
        Gen.forAll("nextIsFollowedOnlyToTheHubsOwnOriginAndNeverLoops", 1000, TRIED, g -> {
            List<Object> generated = g.input("next", nextLinks(g));
            links = generated;
            endless = false;
            hubHits.set(0);
            foreignHits.set(0);
            List<Repository> repos;
            try {
                repos = client().repositories(SESSION, "acme");
            } catch (UnexpectedResponseException e) {
                Messages.assertPlain("next " + generated, ours(e.getMessage()));
                repos = null;
            } catch (ServiceException e) {
                Messages.assertPlain("next " + generated, ours(e.getMessage()));
                repos = null;
            } catch (RuntimeException e) {
                fail("next links " + generated + " escaped as " + e);
                return;
            }
            assertThat(foreignHits.get()).as("requests sent to another origin for " + generated).isZero();
            // Each page is read at most twice (page 1 as the first URL and again as ?page=1), so the walk is bounded.
            assertThat(hubHits.get()).as("requests for " + generated).isLessThanOrEqualTo(2 * (generated.size() + 1));
            if (repos != null) {
                assertThat(repos).isNotEmpty().allSatisfy(r -> assertThat(r.name()).startsWith("repo-"));
            }
        });
    }

    /** The app's own words; what the (test) server said is quoted after "Docker Hub said:". */
    private static String ours(String message) {
        int said = message.indexOf(" Docker Hub said: ");
        return said < 0 ? message : message.substring(0, said);
    }

    @Test
    void anEndlessChainOfPagesStopsAtTheBound() {
        TRIED.incrementAndGet();
        endless = true;
        hubHits.set(0);
        try {
            assertThatThrownBy(() -> client().repositories(SESSION, "acme"))
                    .isInstanceOf(UnexpectedResponseException.class)
                    .hasMessageContaining("more than 1000 pages");
            assertThat(hubHits.get()).isEqualTo(1000);
        } finally {
            endless = false;
        }
    }

}
