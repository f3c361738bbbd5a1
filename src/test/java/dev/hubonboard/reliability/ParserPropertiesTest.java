package dev.hubonboard.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.net.RetryAfter;
import dev.hubonboard.registry.AccessClaim;
import dev.hubonboard.registry.Challenge;
import dev.hubonboard.registry.RateLimit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import okhttp3.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Header, challenge and JWT parsers: never an unexpected exception, and the documented rules hold. */
class ParserPropertiesTest {
    static final AtomicLong TRIED = new AtomicLong();
    private static final long DAY = 86_400;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Object::toString),
                Arbitraries.longs().between(-10, 200_000).map(n -> "  " + n + " "),
                Arbitraries.strings().withChars("0123456789-+. ;=wabcGMT,:").ofMaxLength(30),
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("", " ", "1e3", "0x10", "99999999999999999999", "-0", "+5", "Infinity", "NaN"),
                Arbitraries.longs().between(0, 4_102_444_800L).map(s -> DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(s), ZoneOffset.UTC))));
    }

    // ---- RetryAfter ----

    @Property(tries = 3000)
    void retryAfterIsNeverNegativeAndClamped(@ForAll("headerValues") String retryAfter,
                                             @ForAll("headerValues") String xRetryAfter,
                                             @ForAll @LongRange(min = 0, max = 4_102_444_800L) long now,
                                             @ForAll boolean both) {
        TRIED.incrementAndGet();
        Headers.Builder h = new Headers.Builder();
        addLenient(h, "Retry-After", retryAfter);
        if (both) {
            addLenient(h, "X-Retry-After", xRetryAfter);
        }
        Clock clock = Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
        Optional<Duration> wait = RetryAfter.from(h.build(), clock);
        wait.ifPresent(d -> {
            assertThat(d.isNegative()).isFalse();
            assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(DAY));
        });
    }

    @Property(tries = 1500)
    void retryAfterSecondsAreTakenAsTheyAre(@ForAll @LongRange(min = 0, max = DAY) long seconds) {
        TRIED.incrementAndGet();
        Headers h = Headers.of("Retry-After", Long.toString(seconds), "X-Retry-After", "1");
        assertThat(RetryAfter.from(h, Clock.systemUTC())).contains(Duration.ofSeconds(seconds));
    }

    @Property(tries = 1500)
    void xRetryAfterIsAUnixTime(@ForAll @LongRange(min = 1_000_000_000L, max = 3_000_000_000L) long now,
                                @ForAll @LongRange(min = -DAY, max = 2 * DAY) long delta) {
        TRIED.incrementAndGet();
        Headers h = Headers.of("X-Retry-After", Long.toString(now + delta));
        Duration d = RetryAfter.from(h, Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).orElseThrow();
        assertThat(d).isEqualTo(Duration.ofSeconds(Math.max(0, Math.min(delta, DAY))));
    }

    // ---- RateLimit ----

    @Property(tries = 3000)
    void rateLimitNeverThrowsAndIsSane(@ForAll("headerValues") String limit, @ForAll("headerValues") String remaining,
                                       @ForAll boolean withRemaining) {
        TRIED.incrementAndGet();
        Headers.Builder h = new Headers.Builder();
        addLenient(h, "ratelimit-limit", limit);
        if (withRemaining) {
            addLenient(h, "ratelimit-remaining", remaining);
        }
        Optional<RateLimit> r = RateLimit.from(h.build());
        r.ifPresent(l -> {
            assertThat(l.limit()).isNotNegative();
            assertThat(l.windowSeconds()).isNotNegative();
            assertThat(l.remaining()).isGreaterThanOrEqualTo(-1); // -1: not reported
            assertThat(l.source()).isNotNull();
        });
    }

    @Property(tries = 1500)
    void rateLimitReadsDockersForm(@ForAll @LongRange(min = 0, max = Integer.MAX_VALUE) long limit,
                                   @ForAll @LongRange(min = 0, max = Integer.MAX_VALUE) long remaining,
                                   @ForAll @LongRange(min = 0, max = 10_000_000) long window) {
        TRIED.incrementAndGet();
        Headers h = Headers.of("ratelimit-limit", limit + ";w=" + window, "ratelimit-remaining",
                remaining + ";w=" + window, "docker-ratelimit-source", "203.0.113.7");
        RateLimit r = RateLimit.from(h).orElseThrow();
        assertThat(r.limit()).isEqualTo((int) limit);
        assertThat(r.remaining()).isEqualTo((int) remaining);
        assertThat(r.windowSeconds()).isEqualTo(window);
    }

    // ---- AccessClaim ----

    @Provide
    Arbitrary<String> jwtLike() {
        Arbitrary<String> part = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').numeric()
                .withChars("-_=+/.").ofMaxLength(60);
        Arbitrary<String> jsonPayload = Arbitraries.of("{}", "[]", "null", "1", "\"x\"", "{\"access\":null}",
                        "{\"access\":{}}", "{\"access\":[1,null,\"x\",{}]}",
                        "{\"access\":[{\"type\":\"repository\",\"name\":5,\"actions\":\"pull\"}]}",
                        "{\"access\":[{\"type\":\"repository\",\"name\":\"a/b\",\"actions\":[1,null,[\"pull\"]]}]}",
                        "{\"access\":[{\"type\":\"repository\",\"name\":\"a/b\",\"actions\":{\"pull\":true}}]}",
                        "{\"access\":", "\u0000\u00ff")
                .map(j -> "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().encodeToString(j.getBytes(StandardCharsets.UTF_8))
                        + ".sig");
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(100),
                Combinators.combine(part, part, part).as((a, b, c) -> a + "." + b + "." + c), jsonPayload,
                Arbitraries.just(null));
    }

    @Property(tries = 3000)
    void accessClaimNeverThrows(@ForAll("jwtLike") String jwt) {
        TRIED.incrementAndGet();
        Optional<Map<String, Set<String>>> access = AccessClaim.read(jwt);
        access.ifPresent(m -> m.forEach((k, v) -> {
            assertThat(k).isNotNull();
            assertThat(v).doesNotContainNull();
        }));
    }

    @Provide
    Arbitrary<Map<String, Set<String>>> grants() {
        Arbitrary<String> repo = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_./\"\\ é")
                .ofMinLength(1).ofMaxLength(30);
        Arbitrary<Set<String>> actions = Arbitraries.of("pull", "push", "delete", "*", "").set().ofMaxSize(4);
        return Arbitraries.maps(repo, actions).ofMaxSize(8);
    }

    @Property(tries = 1500)
    void accessClaimRoundTrips(@ForAll("grants") Map<String, Set<String>> granted) throws Exception {
        TRIED.incrementAndGet();
        List<Map<String, Object>> access = new java.util.ArrayList<>();
        granted.forEach((name, actions) -> access.add(Map.of("type", "repository", "name", name,
                "actions", List.copyOf(actions))));
        access.add(Map.of("type", "registry", "name", "catalog", "actions", List.of("*"))); // not a repository
        String payload = JSON.writeValueAsString(Map.of("iss", "auth.docker.io", "access", access));
        Base64.Encoder b64 = Base64.getUrlEncoder();
        String jwt = b64.withoutPadding().encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) // padding kept: must be tolerated
                + ".c2ln";
        assertThat(AccessClaim.read(jwt)).contains(granted);
    }

    // ---- Challenge ----

    @Provide
    Arbitrary<String> challengeValues() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric()
                .withChars("\",\\ =:/.?&;-_'é\t").ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
    }

    @Property(tries = 2000)
    void challengeRoundTripsRealmAndServiceWithQuotesAndCommas(@ForAll("challengeValues") String realm,
                                                               @ForAll("challengeValues") String service,
                                                               @ForAll boolean serviceFirst,
                                                               @ForAll("schemes") String scheme,
                                                               @ForAll("separators") String sep) {
        TRIED.incrementAndGet();
        String r = "realm=\"" + quote(realm) + "\"";
        String s = "service=\"" + quote(service) + "\"";
        String header = scheme + " " + (serviceFirst ? s + sep + r : r + sep + s) + sep + "scope=\"repository:a/b:pull\"";
        assertThat(Challenge.parse(header)).as(header).contains(new Challenge(realm, service));
    }

    @Provide
    Arbitrary<String> schemes() {
        return Arbitraries.of("Bearer", "bearer", "BEARER");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(",", ", ", " ,", ",\t", ",,");
    }

    @Property(tries = 3000)
    void challengeNeverThrows(@ForAll("challengeHeaders") String header) {
        TRIED.incrementAndGet();
        Challenge.parse(header).ifPresent(c -> {
            assertThat(c.realm()).isNotBlank();
            assertThat(c.service()).isNotNull();
        });
    }

    @Provide
    Arbitrary<String> challengeHeaders() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withChars("Bearr =\",\\realmsvic").ofMaxLength(60),
                Arbitraries.strings().withChars("=\",\\ a").ofMaxLength(30).map(s -> "Bearer " + s),
                Arbitraries.just(null));
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Headers refuse control characters and non-ASCII; a server cannot send those either. */
    private static void addLenient(Headers.Builder h, String name, String value) {
        if (value != null) {
            h.addUnsafeNonAscii(name, value.replaceAll("[\\p{Cntrl}&&[^\t]]", ""));
        }
    }

    @AfterContainer
    static void summary() {
        Properties.add("parsers", TRIED.get());
    }

}
