package dev.hubonboard.sandbox;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    @Test
    void closeStopsListeningAndIsIdempotent() {
        PracticeHub hub = PracticeHub.start();
        URI registry = hub.registryUrl().resolve("/v2/");
        assertThat(new TestHttp().get(registry, null).statusCode()).isEqualTo(401);
        hub.close();
        hub.close();
        assertThatThrownBy(() -> new TestHttp().get(registry, null)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void concurrentRequestsAllGetAnswersFromTheBoundedPool() {
        try (PracticeHub hub = PracticeHub.builder().latency(Duration.ofMillis(20)).start()) {
            TestHttp http = new TestHttp();
            URI list = hub.hubUrl().resolve("/v2/namespaces/acme-corp/repositories");
            List<CompletableFuture<Integer>> calls = IntStream.range(0, 24)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> http.get(list, null).statusCode()))
                    .toList();
            assertThat(calls.stream().map(CompletableFuture::join).toList()).hasSize(24).containsOnly(200);
            assertThat(hub.requests().count(Target.HUB)).isEqualTo(24);
        }
    }
}
