package dev.hubonboard.check;

import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.registry.RateLimit;
import dev.hubonboard.sandbox.PracticeHub;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pull limit with nothing (or too little) left is a warning with the numbers and the latest reset, not a pass:
 * the manifest HEAD that reads it does not count, so it succeeds even when the next pull would answer 429
 * (hub-facts, Docker's "View pull rate and limit").
 */
class PullLimitTest {

    static CheckResult rateLimitCheck(int remaining) {
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true)
                .rateLimitRemaining(remaining).start()) {
            HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 1,
                    Duration.ofMillis(1), Duration.ofSeconds(5)), d -> { }, Clock.systemUTC());
            Report r = new ConnectionTest(transport, HttpUrl.get(hub.hubUrl().toString()),
                    HttpUrl.get(hub.registryUrl().toString())).run(new CheckTarget(hub.org(), hub.dedicatedUsername(),
                    hub.createToken(PracticeHub.Scope.READ)), new CheckListener() { });
            return r.checks().stream().filter(c -> c.id() == CheckId.RATE_LIMIT).findFirst().orElseThrow();
        }
    }

    @Test
    void noPullsLeftIsAWarningWithTheNumbersAndTheLatestReset() {
        CheckResult c = rateLimitCheck(0);

        assertThat(c.status()).isEqualTo(Outcome.WARN);
        assertThat(c.summary()).startsWith("Pull limit: 0 of 200 left per 6 h, and a first scan of acme-corp's 3 "
                + "private repositories needs at least 3").contains("429 TOOMANYREQUESTS").containsPattern(
                "at the latest by \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z");
    }

    @Test
    void fewerLeftThanTheFirstScanNeedsIsAWarningToo() {
        assertThat(rateLimitCheck(2).status()).isEqualTo(Outcome.WARN);
        assertThat(rateLimitCheck(3).status()).isEqualTo(Outcome.PASS);
    }

    @Test
    void anUnknownRemainingCountIsNotCalledTooFew() {
        RateLimit l = RateLimit.from(Headers.of("ratelimit-limit", "200;w=21600")).orElseThrow();

        assertThat(l.tooFewFor(5)).isFalse();
        assertThat(RateLimit.from(Headers.of("ratelimit-limit", "200;w=21600", "ratelimit-remaining", "0;w=21600"))
                .orElseThrow().tooFewFor(1)).isTrue();
    }
}
