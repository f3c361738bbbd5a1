package dev.hubonboard.ui.kit;

import dev.hubonboard.check.ReportSummary;
import dev.hubonboard.defender.PreFlight;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Problem;
import dev.hubonboard.onboarding.TokenExpiry;

/**
 * How a line of words reads: the one tone type of every view-model and view. The words always say it too, so colour
 * is never the only sign. The domain keeps its own levels; they become a tone here and nowhere else.
 */
public enum Tone {
    PLAIN, MUTED, SUCCESS, WARNING, DANGER;

    /** An input's problem: an error blocks the step, a warning lets the user go on. */
    public static Tone of(Problem.Severity severity) {
        return switch (severity) {
            case ERROR -> DANGER;
            case WARNING -> WARNING;
        };
    }

    /** A check before Defender's connector is written. */
    public static Tone of(PreFlight.Level level) {
        return switch (level) {
            case OK -> SUCCESS;
            case WARN -> WARNING;
            case BLOCK -> DANGER;
        };
    }

    /** The token's expiry: time to rotate, or too late. */
    public static Tone of(TokenExpiry.Level level) {
        return switch (level) {
            case SOON -> WARNING;
            case EXPIRED -> DANGER;
            case UNKNOWN, OK -> PLAIN;
        };
    }

    /** What a connection report comes to. */
    public static Tone of(ReportSummary.Verdict verdict) {
        return switch (verdict) {
            case READY -> SUCCESS;
            case NOT_READY, UNREACHABLE -> DANGER;
        };
    }

    /** The last connection test an onboarding keeps. */
    public static Tone of(LastTest.State state) {
        return switch (state) {
            case READY -> SUCCESS;
            case NOT_READY, UNREACHABLE, RATE_LIMITED -> DANGER;
            case NEVER, UNREADABLE -> PLAIN;
        };
    }
}
