package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A client pointed at a local MockWebServer, with a recording sleeper so retries never really wait. */
abstract class HubServerTest {
    static final AccessToken TOKEN = new AccessToken("jwt-test-bearer-token");

    @StartStop
    MockWebServer server = new MockWebServer();

    final List<Duration> sleeps = new ArrayList<>();
    final HttpTransport transport = new HttpTransport(
            new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(5), 3, Duration.ofMillis(100),
                    Duration.ofSeconds(60)), sleeps::add, Clock.systemUTC());
    HubClient client;

    @BeforeEach
    void startClient() {
        client = new HubClient(transport, server.url("/"));
    }

    void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    void enqueueEmpty(int code) {
        server.enqueue(new MockResponse.Builder().code(code).build());
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        assertThat(r.getHeaders().get("User-Agent")).startsWith("hub-onboard/");
        return r;
    }

    /** Method, path, and that the bearer token went with it. */
    RecordedRequest takeAuthorized(String method, String encodedPath) throws InterruptedException {
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo(method);
        assertThat(r.getUrl().encodedPath()).isEqualTo(encodedPath);
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN.value());
        return r;
    }

    static JsonNode jsonBody(RecordedRequest r) throws Exception {
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
        return new ObjectMapper().readTree(r.getBody().utf8());
    }

    String url(String pathAndQuery) {
        return server.url(pathAndQuery).toString();
    }
}
