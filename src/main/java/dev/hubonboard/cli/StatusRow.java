package dev.hubonboard.cli;

import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Step;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One saved onboarding as {@code status} reports it, or the file that could not be read ({@code problem}). What needs
 * attention is listed in {@code reasons}, each with a stable code for scripts.
 */
record StatusRow(String organization, Optional<String> dockerId, Optional<Step> nextStep, LastTest lastTest,
                 Optional<LocalDate> tokenExpiry, Optional<Long> daysLeft, Optional<SavedConnector> connector,
                 Optional<String> problem, List<Reason> reasons) {

    /** Why a row needs attention; {@link #code} is the JSON word, part of the contract. */
    enum Code {
        TOKEN_EXPIRED("token-expired"),
        TOKEN_EXPIRING("token-expiring"),
        LAST_TEST_FAILED("last-test-failed"),
        HUB_UNREACHABLE("last-test-unreachable"),
        HUB_RATE_LIMITED("last-test-rate-limited"),
        UNREADABLE("unreadable");

        final String code;

        Code(String code) {
            this.code = code;
        }
    }

    record Reason(Code code, String message) {
    }

    boolean fine() {
        return reasons.isEmpty();
    }

    boolean finished() {
        return problem.isEmpty() && nextStep.isEmpty();
    }

    /** The step id scripts see: {@code finished}, or the next step to do, e.g. {@code email-verification}. */
    String stepId() {
        return nextStep.map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse("finished");
    }

    static StatusRow of(Onboarding o, Optional<SavedConnector> connector, LocalDate today, int warnDays,
                        StatusTimes times) {
        LastTest test = LastTest.parse(o.lastConnectionReport());
        Optional<Long> days = o.tokenExpiry().map(d -> ChronoUnit.DAYS.between(today, d));
        List<Reason> reasons = new ArrayList<>();
        days.ifPresent(d -> {
            LocalDate date = o.tokenExpiry().orElseThrow();
            if (d < 0) {
                reasons.add(new Reason(Code.TOKEN_EXPIRED, "the token expired on " + date + ": the connector cannot "
                        + "scan until a new Read-only token is made and rotated in (Rotate token on Connections)"));
            } else if (d <= warnDays) {
                reasons.add(new Reason(Code.TOKEN_EXPIRING, "the token expires on " + date + ", " + StatusTimes.in(d)
                        + " (warned from " + warnDays + " days): make a new Read-only token and rotate it in "
                        + "(Rotate token on Connections)"));
            }
        });
        String when = test.finishedAt().map(times::format).orElse("at a time not recorded");
        switch (test.state()) {
            case NOT_READY -> reasons.add(new Reason(Code.LAST_TEST_FAILED, "the last connection test (" + when
                    + ") was not ready" + test.failure().map(f -> ": " + (f.endsWith(".") ? f.substring(0, f.length() - 1) : f))
                    .orElse("")
                    + "; after the fix run check or Re-test"));
            case UNREACHABLE -> reasons.add(new Reason(Code.HUB_UNREACHABLE, "the last connection test (" + when
                    + ") could not reach Docker Hub: nothing is proven; run check or Re-test"));
            case RATE_LIMITED -> reasons.add(new Reason(Code.HUB_RATE_LIMITED, "the last connection test (" + when
                    + ") was rate-limited: Docker Hub asked to wait longer than the test may take, so nothing is "
                    + "proven; run check or Re-test later"));
            case UNREADABLE -> reasons.add(new Reason(Code.UNREADABLE, "the saved result of the last connection "
                    + "test could not be read; run Re-test"));
            default -> {
            }
        }
        Optional<Step> next = o.isComplete() ? Optional.empty() : Optional.of(o.current());
        return new StatusRow(o.organization(), o.dedicatedDockerId(), next, test, o.tokenExpiry(), days, connector,
                Optional.empty(), List.copyOf(reasons));
    }

    /** A saved file that could not be used: reported in its row, left where it is. */
    static StatusRow unreadable(String organization, java.nio.file.Path file, String why, boolean newer) {
        String message = "its saved progress " + file + " could not be read: " + why + (newer
                ? "; update Hub Onboard to read it" : "; open Hub Onboard to move it aside, or restore it");
        return new StatusRow(organization, Optional.empty(), Optional.empty(), LastTest.NEVER, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(message), List.of(new Reason(Code.UNREADABLE, message)));
    }
}
