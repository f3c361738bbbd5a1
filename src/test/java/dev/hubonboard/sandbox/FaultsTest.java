package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static dev.hubonboard.sandbox.TestHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest {

    private PracticeHub hub;
    private final TestHttp http = new TestHttp();
    private URI repositories;

    @BeforeEach
    void start() {
        hub = PracticeHub.start();
        repositories = hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories");
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    private void inject(Fault fault) {
        hub.faults().next(Target.HUB, "/v2/namespaces/", 1, fault);
    }

    @Test
    void faultPlaysTheGivenNumberOfTimesThenTheRouteAnswers() {
        hub.faults().next(Target.HUB, "/v2/namespaces/", 2, Fault.status(503));
        assertThat(http.get(hub.hubUrl().resolve("/v2/orgs/acme-corp"), null).statusCode())
                .as("other paths are not affected").isEqualTo(200);
        assertThat(http.get(repositories, null).statusCode()).isEqualTo(503);
        assertThat(http.get(repositories, null).statusCode()).isEqualTo(503);
        assertThat(http.get(repositories, null).statusCode()).isEqualTo(200);
        assertThat(hub.faults().pending()).isZero();
    }

    @Test
    void clearForgetsQueuedFaults() {
        hub.faults().next(Target.HUB, "/", 5, Fault.status(500));
        hub.faults().clear();
        assertThat(http.get(repositories, null).statusCode()).isEqualTo(200);
    }

    @Test
    void status429WithRetryAfterSeconds() {
        inject(Fault.status429RetryAfter(7));
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).contains("7");
        assertThat(json(r).has("detail")).isTrue();
    }

    @Test
    void status429WithXRetryAfterUnixTime() {
        inject(Fault.status429XRetryAfter(1_900_000_000L));
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("X-Retry-After")).contains("1900000000");
        assertThat(r.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void status429PlainHasNoHeadersAndATextBody() {
        inject(Fault.status429Plain());
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(r.headers().firstValue("Retry-After")).isEmpty();
        assertThat(r.headers().firstValue("X-Retry-After")).isEmpty();
        assertThat(r.body()).startsWith("Too Many Requests");
    }

    @Test
    void statusWithJsonBody() {
        inject(Fault.status(500));
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(json(r).get("detail").asText()).contains("500");
    }

    @Test
    void status502Html() {
        inject(Fault.status502Html());
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("<html>");
    }

    @Test
    void latencyDelaysThenAnswersNormally() {
        inject(Fault.latency(Duration.ofMillis(300)));
        long start = System.nanoTime();
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void builderLatencyAppliesToEveryRequest() {
        try (PracticeHub slow = PracticeHub.builder().latency(Duration.ofMillis(20)).start()) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                http.get(slow.registryUrl().resolve("/v2/"), null);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        }
    }

    @Test
    void dropConnectionIsAnIoErrorForOkHttpWithoutSilentRetries() throws IOException {
        inject(Fault.dropConnection());
        // Configured as the app's transport is: retries are the caller's, so the drop surfaces at once.
        OkHttpClient client = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        Request request = new Request.Builder().url(repositories.toString()).build();
        assertThatThrownBy(() -> client.newCall(request).execute().close()).isInstanceOf(IOException.class);
        assertThat(hub.requests().count(Target.HUB)).isEqualTo(1);
        try (Response ok = client.newCall(request).execute()) {
            assertThat(ok.code()).isEqualTo(200);
        }
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    @Test
    void dropConnectionOnJavaHttpClientNeedsTwoPlaysBecauseItRetriesGetOnce() {
        hub.faults().next(Target.HUB, "/v2/namespaces/", 2, Fault.dropConnection());
        HttpClient fresh = HttpClient.newHttpClient();
        assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(repositories).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(hub.requests().count(Target.HUB)).as("the client's silent retry").isEqualTo(2);
        assertThat(http.get(repositories, null).statusCode()).isEqualTo(200);
    }

    @Test
    void dropConnectionOnAPostIsSeenAtOnce() {
        hub.faults().next(Target.HUB, "/v2/auth/token", 1, Fault.dropConnection());
        assertThatThrownBy(() -> http.post(hub.hubUrl().resolve("/v2/auth/token"), null,
                java.util.Map.of("identifier", "x", "secret", "y"))).isInstanceOf(UncheckedIOException.class);
        assertThat(hub.requests().count(Target.HUB)).isEqualTo(1);
    }

    @Test
    void malformedJsonDoesNotParse() {
        inject(Fault.malformedJson());
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThatThrownBy(() -> json(r)).isInstanceOf(AssertionError.class);
    }

    @Test
    void unexpectedShapeIsValidJsonOfTheWrongShape() {
        inject(Fault.unexpectedShape());
        HttpResponse<String> r = http.get(repositories, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.isArray()).isTrue();
        assertThat(body.has("results")).isFalse();
    }

    @Test
    void unauthorizedForbiddenPersonalTokenAndNotFound() {
        inject(Fault.unauthorized());
        assertThat(http.get(repositories, null).statusCode()).isEqualTo(401);
        inject(Fault.forbiddenPersonalToken());
        HttpResponse<String> forbidden = http.get(repositories, null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).get("detail").asText()).isEqualTo("access to the resource is forbidden with personal access token");
        inject(Fault.notFound());
        assertThat(http.get(repositories, null).statusCode()).isEqualTo(404);
    }

    @Test
    void registryAndTokenServiceFaultsUseTheirOwnBodies() {
        hub.faults().next(Target.REGISTRY, "/v2/", 1, Fault.status429RetryAfter(3));
        HttpResponse<String> registry = http.get(hub.registryUrl().resolve("/v2/"), null);
        assertThat(registry.statusCode()).isEqualTo(429);
        assertThat(json(registry).get("errors").get(0).get("code").asText()).isEqualTo("TOOMANYREQUESTS");

        hub.faults().next(Target.AUTH, "/token", 1, Fault.unauthorized());
        HttpResponse<String> auth = http.get(URI.create(hub.authUrl() + "?service=registry.docker.io"), null);
        assertThat(auth.statusCode()).isEqualTo(401);
        assertThat(json(auth).has("details")).isTrue();

        hub.faults().next(Target.REGISTRY, "/v2/acme-corp/", 1, Fault.notFound());
        HttpResponse<String> head = http.send("HEAD", hub.registryUrl().resolve("/v2/acme-corp/web/manifests/latest"), null, null);
        assertThat(head.statusCode()).isEqualTo(404);
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatThrownBy(() -> Fault.status(99)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hub.faults().next(Target.HUB, "/", 0, Fault.notFound()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropConnectionOnTheRegistryHead() {
        hub.faults().next(Target.REGISTRY, "/v2/", 2, Fault.dropConnection());
        assertThatThrownBy(() -> new TestHttp().send("HEAD",
                hub.registryUrl().resolve("/v2/acme-corp/web/manifests/latest"), null, null))
                .isInstanceOf(UncheckedIOException.class);
    }
}
