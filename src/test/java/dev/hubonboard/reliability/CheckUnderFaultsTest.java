package dev.hubonboard.reliability;

import dev.hubonboard.cli.CheckCapture;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.sandbox.Fault;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.sandbox.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The `check` contract under faults: the exit code tells scripts what happened, and the JSON stays well-formed. */
class CheckUnderFaultsTest {
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final List<String> CHECK_IDS = List.of("credentials", "repositories", "pull", "read-only", "rate-limit");

    /** @param failing the check that must fail (or null when the run must be ready) */
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("login 500 (POST, not retried)", Target.HUB, "/v2/auth/token", 1, Fault.status(500), 3, "credentials"),
                Arguments.of("login 502 HTML", Target.HUB, "/v2/auth/token", 1, Fault.status502Html(), 3, "credentials"),
                Arguments.of("login timeout", Target.HUB, "/v2/auth/token", 1, Fault.latency(Duration.ofSeconds(2)), 3, "credentials"),
                Arguments.of("repositories 503 after retries", Target.HUB, "/v2/namespaces/", 3, Fault.status(503), 3, "repositories"),
                Arguments.of("repositories reset", Target.HUB, "/v2/namespaces/", 3, Fault.dropConnection(), 3, "repositories"),
                Arguments.of("registry /v2/ unreachable", Target.REGISTRY, "/v2/", 3, Fault.latency(Duration.ofSeconds(2)), 3, "pull"),
                Arguments.of("login 401", Target.HUB, "/v2/auth/token", 1, Fault.unauthorized(), 1, "credentials"),
                // Issue 20: rate-limited longer than the test may wait ends it as rate-limited, exit 3 (was 1).
                Arguments.of("repositories 429 too long", Target.HUB, "/v2/namespaces/", 1, Fault.status429RetryAfter(3600), 3, "repositories"),
                Arguments.of("repositories malformed JSON", Target.HUB, "/v2/namespaces/", 1, Fault.malformedJson(), 1, "repositories"),
                Arguments.of("tag list of unexpected shape", Target.REGISTRY, "/v2/acme-corp/billing-api/tags/list", 1, Fault.unexpectedShape(), 1, "rate-limit"),
                Arguments.of("token service 401", Target.AUTH, "/token", 1, Fault.unauthorized(), 1, "pull"),
                Arguments.of("token service 404", Target.AUTH, "/token", 1, Fault.notFound(), 1, "pull"),
                Arguments.of("manifest HEAD 404", Target.REGISTRY, "/v2/acme-corp/", 1, Fault.notFound(), 1, "rate-limit"),
                Arguments.of("login 429 Retry-After once", Target.HUB, "/v2/auth/token", 1, Fault.status429RetryAfter(2), 0, null),
                Arguments.of("repositories 503 once", Target.HUB, "/v2/namespaces/", 1, Fault.status(503), 0, null),
                Arguments.of("token service 429 X-Retry-After once", Target.AUTH, "/token", 1,
                        Fault.status429XRetryAfter(System.currentTimeMillis() / 1000 + 2), 0, null));
    }

    @ParameterizedTest(name = "{0} -> exit {5}")
    @MethodSource("scenarios")
    void exitCodeAndWellFormedJson(String name, Target target, String path, int times, Fault fault, int exit,
                                   String failing) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true).start()) {
                String token = hub.createToken(PracticeHub.Scope.READ);
                hub.faults().next(target, path, times, fault);
                CheckCapture run = new CheckCapture().run(hub, hub.dedicatedUsername(), token, "--format", "json");
                RUNS.incrementAndGet();

                assertThat(run.exitCode).as(name + "\n" + run.stdout + run.stderr).isEqualTo(exit);
                JsonNode json = run.json(); // throws if not well-formed
                assertThat(json.isObject()).isTrue();
                assertThat(json.path("ready").asBoolean()).isEqualTo(exit == 0);
                assertThat(json.path("org").asText()).isEqualTo("acme-corp");
                assertThat(json.path("checks")).hasSize(5);
                for (int i = 0; i < 5; i++) {
                    JsonNode c = json.path("checks").get(i);
                    assertThat(c.path("id").asText()).isEqualTo(CHECK_IDS.get(i));
                    assertThat(c.path("status").asText()).isIn("pass", "warn", "fail", "skip");
                    Messages.assertPlain(name + " " + c.path("id").asText(), c.path("summary").asText());
                }
                assertThat(json.path("repositories").isObject()).isTrue();
                assertThat(json.path("rateLimit").isObject() || json.path("rateLimit").isNull()).isTrue();
                if (failing != null) {
                    assertThat(run.status(failing)).as(name).isEqualTo("fail");
                }
                if (exit == 3) {
                    // After the unreachable step, later checks are skipped, never failed with a second story.
                    int at = CHECK_IDS.indexOf(failing);
                    for (int i = at + 1; i < 5; i++) {
                        assertThat(run.status(CHECK_IDS.get(i))).isEqualTo("skip");
                    }
                }
                if (name.contains("login 401")) {
                    assertThat(hub.requests().entries(Target.HUB).stream().filter(l -> l.startsWith("POST /v2/auth/token")))
                            .as("a refused login is never repeated").hasSize(1);
                }
                if (exit == 0 && name.contains("429")) {
                    assertThat(run.stderr).contains("Waiting").contains("rate-limited");
                }
                assertThat(run.stderr).doesNotContain("Exception").doesNotContain("\tat ");
            }
        });
    }

    @AfterAll
    static void summary() {
        System.out.println("reliability: check under faults: " + RUNS.get() + " runs, exit codes and JSON as contracted");
    }
}
