package dev.hubonboard.net;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared gate's rules, on instants given by hand (no clock, no sleeping). */
class RateGateTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final String HUB = "hub.docker.com:443";
    private final RateGate gate = new RateGate();

    private static Headers budget(long remaining, Instant reset) {
        return Headers.of("X-RateLimit-Limit", "180", "X-RateLimit-Remaining", String.valueOf(remaining),
                "X-RateLimit-Reset", String.valueOf(reset.getEpochSecond()));
    }

    @Test
    void a429HoldsBackEveryRequestToThatServerUntilTheRetryTimeAndOnlyThatServer() {
        Instant until = NOW.plusSeconds(12);
        gate.block(HUB, until);

        RateGate.Wait wait = gate.acquire(HUB, NOW.plusSeconds(3), Instant.MIN);
        assertThat(wait.until()).isEqualTo(until);
        assertThat(wait.announce()).as("the refused request already said so").isFalse();
        assertThat(gate.acquire("auth.docker.io:443", NOW, Instant.MIN)).isNull();
        assertThat(gate.acquire(HUB, until, Instant.MIN)).as("at the retry time").isNull();
        assertThat(gate.acquire(HUB, NOW, until)).as("waited until then by a clock that did not move").isNull();
    }

    @Test
    void aLaterRetryTimeWinsAnEarlierOneDoesNotShortenIt() {
        gate.block(HUB, NOW.plusSeconds(30));
        gate.block(HUB, NOW.plusSeconds(5));
        assertThat(gate.acquire(HUB, NOW.plusSeconds(10), Instant.MIN).until()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void nothingIsSentThatTheBudgetMinusTheRequestsInFlightNoLongerCovers() {
        Instant reset = NOW.plusSeconds(40);
        assertThat(gate.acquire(HUB, NOW, Instant.MIN)).isNull();
        gate.release(HUB, budget(1, reset), NOW);
        assertThat(gate.acquire(HUB, NOW, Instant.MIN)).as("the last one left").isNull();

        RateGate.Wait wait = gate.acquire(HUB, NOW, Instant.MIN);
        assertThat(wait.until()).as("the last one is in flight").isEqualTo(reset);
        assertThat(wait.announce()).isTrue();
        assertThat(gate.acquire(HUB, NOW, Instant.MIN).announce()).as("said once, not by every thread").isFalse();
        gate.release(HUB, budget(0, reset), NOW.plusSeconds(1));
        assertThat(gate.acquire(HUB, NOW.plusSeconds(2), Instant.MIN).until()).isEqualTo(reset);
        assertThat(gate.acquire(HUB, reset, Instant.MIN)).as("the window renewed").isNull();
    }

    @Test
    void fewRequestsLeftAreSpreadEvenlyUntilTheReset() {
        Instant reset = NOW.plusSeconds(40);
        gate.release(HUB, budget(4, reset), NOW);

        assertThat(gate.acquire(HUB, NOW, Instant.MIN)).isNull();
        gate.release(HUB, budget(3, reset), NOW);
        RateGate.Wait wait = gate.acquire(HUB, NOW, Instant.MIN);
        assertThat(Duration.between(NOW, wait.until())).as("40 s for 4 left: one every 10 s")
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(gate.acquire(HUB, NOW, wait.until())).isNull();
    }

    @Test
    void aFullBudgetIsNotPaced() {
        gate.release(HUB, budget(150, NOW.plusSeconds(60)), NOW);
        for (int i = 0; i < 6; i++) {
            assertThat(gate.acquire(HUB, NOW, Instant.MIN)).isNull();
        }
    }

    @Test
    void anAnswerThatArrivesLateDoesNotRaiseTheBudgetOfItsWindow() {
        Instant reset = NOW.plusSeconds(40);
        gate.release(HUB, budget(0, reset), NOW);
        gate.release(HUB, budget(50, reset), NOW); // sent earlier, answered later
        assertThat(gate.acquire(HUB, NOW, Instant.MIN).until()).isEqualTo(reset);

        gate.release(HUB, budget(50, reset.plusSeconds(60)), NOW); // the next window
        assertThat(gate.acquire(HUB, NOW, Instant.MIN)).isNull();
    }

    @Test
    void headersThatAreMissingMalformedOrInThePastChangeNothing() {
        gate.release(HUB, Headers.of("X-RateLimit-Remaining", "0"), NOW);
        gate.release(HUB, Headers.of("X-RateLimit-Remaining", "zero", "X-RateLimit-Reset", "soon"), NOW);
        gate.release(HUB, budget(0, NOW.minusSeconds(5)), NOW);
        gate.release(HUB, null, NOW);
        assertThat(gate.acquire(HUB, NOW, Instant.MIN)).isNull();
    }
}
