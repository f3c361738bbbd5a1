package dev.hubonboard.ui.kit;

import dev.hubonboard.check.ReportSummary;
import dev.hubonboard.defender.PreFlight;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Problem;
import dev.hubonboard.onboarding.TokenExpiry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each domain level becomes the tone the screens showed before there was one tone type. */
class ToneTest {

    @Test
    void anInputsProblemIsDangerWhenItBlocksAndWarningWhenItDoesNot() {
        assertThat(Tone.of(Problem.Severity.ERROR)).isEqualTo(Tone.DANGER);
        assertThat(Tone.of(Problem.Severity.WARNING)).isEqualTo(Tone.WARNING);
    }

    @Test
    void aPreFlightFindingReadsAsItsLevel() {
        assertThat(Tone.of(PreFlight.Level.OK)).isEqualTo(Tone.SUCCESS);
        assertThat(Tone.of(PreFlight.Level.WARN)).isEqualTo(Tone.WARNING);
        assertThat(Tone.of(PreFlight.Level.BLOCK)).isEqualTo(Tone.DANGER);
    }

    @Test
    void aTokenSoonToExpireWarnsAndAnExpiredOneIsDanger() {
        assertThat(Tone.of(TokenExpiry.Level.SOON)).isEqualTo(Tone.WARNING);
        assertThat(Tone.of(TokenExpiry.Level.EXPIRED)).isEqualTo(Tone.DANGER);
        assertThat(Tone.of(TokenExpiry.Level.OK)).isEqualTo(Tone.PLAIN);
        assertThat(Tone.of(TokenExpiry.Level.UNKNOWN)).isEqualTo(Tone.PLAIN);
    }

    @Test
    void onlyAReadyReportIsSuccessAndAnUnreachableHubIsNoBetterThanNotReady() {
        assertThat(Tone.of(ReportSummary.Verdict.READY)).isEqualTo(Tone.SUCCESS);
        assertThat(Tone.of(ReportSummary.Verdict.NOT_READY)).isEqualTo(Tone.DANGER);
        assertThat(Tone.of(ReportSummary.Verdict.UNREACHABLE)).isEqualTo(Tone.DANGER);
    }

    @Test
    void aLastTestNeverRunOrUnreadableIsPlain() {
        assertThat(Tone.of(LastTest.State.READY)).isEqualTo(Tone.SUCCESS);
        assertThat(Tone.of(LastTest.State.NOT_READY)).isEqualTo(Tone.DANGER);
        assertThat(Tone.of(LastTest.State.UNREACHABLE)).isEqualTo(Tone.DANGER);
        assertThat(Tone.of(LastTest.State.RATE_LIMITED)).isEqualTo(Tone.DANGER);
        assertThat(Tone.of(LastTest.State.NEVER)).isEqualTo(Tone.PLAIN);
        assertThat(Tone.of(LastTest.State.UNREADABLE)).isEqualTo(Tone.PLAIN);
    }
}
