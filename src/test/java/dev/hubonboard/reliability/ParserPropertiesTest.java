package dev.hubonboard.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hubonboard.net.RetryAfter;
import dev.hubonboard.registry.AccessClaim;
import dev.hubonboard.registry.Challenge;
import dev.hubonboard.registry.RateLimit;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static dev.hubonboard.reliability.Gen.DIGITS;
import static dev.hubonboard.reliability.Gen.LOWER;
import static dev.hubonboard.reliability.Gen.UPPER;
import static org.assertj.core.api.Assertions.assertThat;

/** Header, challenge and JWT parsers: never an unexpected exception, and the documented rules hold (see {@link Gen}). */
class ParserPropertiesTest {
    static final AtomicLong TRIED = new AtomicLong();
    private static final long DAY = 86_400;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void forAll(String property, int tries, Gen.Property check) {
        Gen.forAll(property, tries, TRIED, check);
    }

    static String headerValue(Gen g) {
        return g.either(
                () -> Long.toString(g.longs(Long.MIN_VALUE, Long.MAX_VALUE)),
                () -> "  " + g.longs(-10, 200_000) + " ",
                () -> g.string("0123456789-+. ;=wabcGMT,:", 0, 30),
                () -> g.anyString(0, 40),
                () -> g.oneOf("", " ", "1e3", "0x10", "99999999999999999999", "-0", "+5", "Infinity", "NaN",
                        ";", ";;", ";w=5", "5;", "5;w=", "5;w=-1", "5;w=x", "5,6", "\t5\t", "\"5\"", "5\\"),
                () -> DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.ofInstant(Instant.ofEpochSecond(g.longs(0, 4_102_444_800L)), ZoneOffset.UTC)));
    }

    // ---- RetryAfter ----

    @Test
    void retryAfterIsNeverNegativeAndClamped() {
        forAll("retryAfterIsNeverNegativeAndClamped", 3000, g -> {
            String retryAfter = g.input("retryAfter", headerValue(g));
            String xRetryAfter = g.input("xRetryAfter", headerValue(g));
            long now = g.input("now", g.longs(0, 4_102_444_800L));
            boolean both = g.input("both", g.bool());
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
        });
    }

    @Test
    void retryAfterSecondsAreTakenAsTheyAre() {
        forAll("retryAfterSecondsAreTakenAsTheyAre", 1500, g -> {
            long seconds = g.input("seconds", g.longs(0, DAY));
            Headers h = Headers.of("Retry-After", Long.toString(seconds), "X-Retry-After", "1");
            assertThat(RetryAfter.from(h, Clock.systemUTC())).contains(Duration.ofSeconds(seconds));
        });
    }

    @Test
    void xRetryAfterIsAUnixTime() {
        forAll("xRetryAfterIsAUnixTime", 1500, g -> {
            long now = g.input("now", g.longs(1_000_000_000L, 3_000_000_000L));
            long delta = g.input("delta", g.longs(-DAY, 2 * DAY));
            Headers h = Headers.of("X-Retry-After", Long.toString(now + delta));
            Duration d = RetryAfter.from(h, Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC)).orElseThrow();
            assertThat(d).isEqualTo(Duration.ofSeconds(Math.max(0, Math.min(delta, DAY))));
        });
    }

    // ---- RateLimit ----

    @Test
    void rateLimitNeverThrowsAndIsSane() {
        forAll("rateLimitNeverThrowsAndIsSane", 3000, g -> {
            String limit = g.input("limit", headerValue(g));
            String remaining = g.input("remaining", headerValue(g));
            boolean withRemaining = g.input("withRemaining", g.bool());
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
        });
    }

    @Test
    void rateLimitReadsDockersForm() {
        forAll("rateLimitReadsDockersForm", 1500, g -> {
            long limit = g.input("limit", g.longs(0, Integer.MAX_VALUE));
            long remaining = g.input("remaining", g.longs(0, Integer.MAX_VALUE));
            long window = g.input("window", g.longs(0, 10_000_000));
            Headers h = Headers.of("ratelimit-limit", limit + ";w=" + window, "ratelimit-remaining",
                    remaining + ";w=" + window, "docker-ratelimit-source", "203.0.113.7");
            RateLimit r = RateLimit.from(h).orElseThrow();
            assertThat(r.limit()).isEqualTo((int) limit);
            assertThat(r.remaining()).isEqualTo((int) remaining);
            assertThat(r.windowSeconds()).isEqualTo(window);
        });
    }

    // ---- AccessClaim ----

    private static final String[] JSON_PAYLOADS = {"{}", "[]", "null", "1", "\"x\"", "{\"access\":null}",
            "{\"access\":{}}", "{\"access\":[1,null,\"x\",{}]}",
            "{\"access\":[{\"type\":\"repository\",\"name\":5,\"actions\":\"pull\"}]}",
            "{\"access\":[{\"type\":\"repository\",\"name\":\"a/b\",\"actions\":[1,null,[\"pull\"]]}]}",
            "{\"access\":[{\"type\":\"repository\",\"name\":\"a/b\",\"actions\":{\"pull\":true}}]}",
            "{\"access\":", "\u0000\u00ff"};

    static String jwtLike(Gen g) {
        String part = LOWER + UPPER + DIGITS + "-_=+/.";
        return g.either(
                () -> g.anyString(0, 100),
                () -> g.string(part, 0, 60) + "." + g.string(part, 0, 60) + "." + g.string(part, 0, 60),
                () -> "eyJhbGciOiJub25lIn0." + Base64.getUrlEncoder().encodeToString(
                        g.oneOf(JSON_PAYLOADS).getBytes(StandardCharsets.UTF_8)) + ".sig",
                () -> null);
    }

    @Test
    void accessClaimNeverThrows() {
        forAll("accessClaimNeverThrows", 3000, g -> {
            String jwt = g.input("jwt", jwtLike(g));
            Optional<Map<String, Set<String>>> access = AccessClaim.read(jwt);
            access.ifPresent(m -> m.forEach((k, v) -> {
                assertThat(k).isNotNull();
                assertThat(v).doesNotContainNull();
            }));
        });
    }

    static Map<String, Set<String>> grants(Gen g) {
        return g.map(() -> g.string(LOWER + DIGITS + "-_./\"\\ é", 1, 30),
                () -> g.subset(4, "pull", "push", "delete", "*", ""), 8);
    }

    @Test
    void accessClaimRoundTrips() {
        forAll("accessClaimRoundTrips", 1500, g -> {
            Map<String, Set<String>> granted = g.input("granted", grants(g));
            List<Map<String, Object>> access = new ArrayList<>();
            granted.forEach((name, actions) -> access.add(Map.of("type", "repository", "name", name,
                    "actions", List.copyOf(actions))));
            access.add(Map.of("type", "registry", "name", "catalog", "actions", List.of("*"))); // not a repository
            String payload = JSON.writeValueAsString(Map.of("iss", "auth.docker.io", "access", access));
            Base64.Encoder b64 = Base64.getUrlEncoder();
            String jwt = b64.withoutPadding().encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
                    + "." + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) // padding kept: must be tolerated
                    + ".c2ln";
            assertThat(AccessClaim.read(jwt)).contains(granted);
        });
    }

    // ---- Challenge ----

    static String challengeValue(Gen g) {
        return g.filter(() -> g.string(LOWER + DIGITS + "\",\\ =:/.?&;-_'é\t", 1, 40),
                s -> !s.isBlank() && s.strip().equals(s));
    }

    @Test
    void challengeRoundTripsRealmAndServiceWithQuotesAndCommas() {
        forAll("challengeRoundTripsRealmAndServiceWithQuotesAndCommas", 2000, g -> {
            String realm = g.input("realm", challengeValue(g));
            String service = g.input("service", challengeValue(g));
            boolean serviceFirst = g.input("serviceFirst", g.bool());
            String scheme = g.input("scheme", g.oneOf("Bearer", "bearer", "BEARER"));
            String sep = g.input("sep", g.oneOf(",", ", ", " ,", ",\t", ",,"));
            String r = "realm=\"" + quote(realm) + "\"";
            String s = "service=\"" + quote(service) + "\"";
            String header = scheme + " " + (serviceFirst ? s + sep + r : r + sep + s) + sep
                    + "scope=\"repository:a/b:pull\"";
            assertThat(Challenge.parse(header)).as(header).contains(new Challenge(realm, service));
        });
    }

    @Test
    void challengeNeverThrows() {
        forAll("challengeNeverThrows", 3000, g -> {
            String header = g.input("header", challengeHeader(g));
            Challenge.parse(header).ifPresent(c -> {
                assertThat(c.realm()).isNotBlank();
                assertThat(c.service()).isNotNull();
            });
        });
    }

    static String challengeHeader(Gen g) {
        return g.either(
                () -> g.anyString(0, 80),
                () -> g.string("Bearr =\",\\realmsvic", 0, 60),
                () -> "Bearer " + g.string("=\",\\ a", 0, 30),
                () -> null);
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

    @AfterAll
    static void summary() {
        Properties.add("parsers", TRIED.get());
    }

}
