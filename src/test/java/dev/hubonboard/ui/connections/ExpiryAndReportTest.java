package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.TokenExpiry;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckResult;
import dev.hubonboard.check.Outcome;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.ReportFormat;
import dev.hubonboard.check.RepositoryCounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The row's health without a screen: the token expiry warning and the saved report. */
class ExpiryAndReportTest {
    /** Dates are written in this computer's format (When): the expectations below are a US computer's. */
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @BeforeEach
    void usFormats() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restoreFormats() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void expiryWarnsFromThirtyDaysOutAndSaysExpiredAfterTheDay() {
        assertThat(TokenExpiry.of(Optional.empty(), TODAY).level()).isEqualTo(TokenExpiry.Level.UNKNOWN);
        assertThat(TokenExpiry.of(Optional.of(TODAY.plusDays(31)), TODAY).level()).isEqualTo(TokenExpiry.Level.OK);
        assertThat(TokenExpiry.of(Optional.of(TODAY.plusDays(30)), TODAY).level()).isEqualTo(TokenExpiry.Level.SOON);
        assertThat(TokenExpiry.of(Optional.of(TODAY), TODAY).level()).isEqualTo(TokenExpiry.Level.SOON);
        assertThat(TokenExpiry.of(Optional.of(TODAY.minusDays(1)), TODAY).level()).isEqualTo(TokenExpiry.Level.EXPIRED);
    }

    @Test
    void expiryInWords() {
        assertThat(TokenExpiry.of(Optional.of(TODAY.plusDays(12)), TODAY).describe())
                .isEqualTo("Token expires Dec 6, 2026 (in 12 days): create a new Read-only token and rotate it");
        assertThat(TokenExpiry.of(Optional.of(TODAY.minusDays(3)), TODAY).describe())
                .startsWith("Token expired on Nov 21, 2026");
        assertThat(TokenExpiry.of(Optional.of(TODAY.plusDays(90)), TODAY).describe())
                .isEqualTo("Token expires Feb 22, 2027 (in 90 days)");
        assertThat(TokenExpiry.of(Optional.empty(), TODAY).describe()).isEqualTo("Token expiry not recorded");
    }

    static Report report(boolean unreachable, CheckResult... checks) {
        return new Report("acme-corp", "acmescanner", List.of(checks), RepositoryCounts.NONE, Optional.empty(),
                unreachable, Instant.parse("2026-11-24T09:30:00Z"));
    }

    @Test
    void readyReportWithItsTime() {
        LastTest t = LastTest.parse(Optional.of(LastTest.saved(report(false,
                new CheckResult(CheckId.CREDENTIALS, Outcome.PASS, "ok", "")))));
        assertThat(t.state()).isEqualTo(LastTest.State.READY);
        assertThat(t.finishedAt()).contains(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(t.describe(ZoneOffset.UTC)).isEqualTo("Ready (tested Nov 24, 2026, 09:30 UTC)");
    }

    @Test
    void notReadyNamesTheFirstFailedCheck() {
        LastTest t = LastTest.parse(Optional.of(LastTest.saved(report(false,
                new CheckResult(CheckId.CREDENTIALS, Outcome.PASS, "ok", ""),
                new CheckResult(CheckId.READ_ONLY, Outcome.FAIL, "The token can push to acme-corp/api: it has write access.", "fix"),
                new CheckResult(CheckId.RATE_LIMIT, Outcome.FAIL, "second", "")))));
        assertThat(t.state()).isEqualTo(LastTest.State.NOT_READY);
        assertThat(t.failure()).contains("The token can push to acme-corp/api: it has write access.");
        assertThat(t.describe(ZoneOffset.UTC)).startsWith("Not ready (tested Nov 24, 2026, 09:30 UTC): The token can push");
    }

    @Test
    void unreachableIsToldApartFromNotReady() {
        LastTest t = LastTest.parse(Optional.of(LastTest.saved(report(true,
                new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL, "Could not connect", "")))));
        assertThat(t.state()).isEqualTo(LastTest.State.UNREACHABLE);
    }

    @Test
    void rateLimitedIsSavedAndReadAsRateLimitedNotUnreachable() {
        Report limited = new Report("acme-corp", "acmescanner", List.of(new CheckResult(CheckId.REPOSITORIES,
                Outcome.FAIL, "Docker Hub kept rate-limiting", "Wait")), RepositoryCounts.NONE, Optional.empty(),
                false, true, Instant.parse("2026-11-24T09:30:00Z"));
        LastTest t = LastTest.parse(Optional.of(LastTest.saved(limited)));
        assertThat(t.state()).isEqualTo(LastTest.State.RATE_LIMITED);
        assertThat(t.finishedAt()).contains(Instant.parse("2026-11-24T09:30:00Z"));
        assertThat(t.describe(ZoneOffset.UTC)).isEqualTo("Rate-limited: Docker Hub asked to wait longer than the test "
                + "may take (tested Nov 24, 2026, 09:30 UTC)");
    }

    @Test
    void reportsSavedBeforeRateLimitedWasRecordedStillLoad() {
        // As LastTest.saved wrote them before: no "rateLimited"; a rate-limited test was saved as unreachable.
        String unreachable = "{\"ready\":false,\"org\":\"acme-corp\",\"username\":\"acmescanner\",\"checks\":[],"
                + "\"unreachable\":true,\"finishedAt\":\"2026-11-24T09:30:00Z\"}";
        assertThat(LastTest.parse(Optional.of(unreachable)).state()).isEqualTo(LastTest.State.UNREACHABLE);
        assertThat(LastTest.parse(Optional.of(unreachable)).finishedAt()).contains(Instant.parse("2026-11-24T09:30:00Z"));
        String ready = "{\"ready\":true,\"checks\":[],\"unreachable\":false,\"finishedAt\":\"2026-11-24T09:30:00Z\"}";
        assertThat(LastTest.parse(Optional.of(ready)).state()).isEqualTo(LastTest.State.READY);
    }

    @Test
    void theCheckContractJsonWithoutTimeStillParses() {
        String plain = ReportFormat.jsonText(report(false, new CheckResult(CheckId.CREDENTIALS, Outcome.PASS, "ok", "")));
        LastTest t = LastTest.parse(Optional.of(plain));
        assertThat(t.state()).isEqualTo(LastTest.State.READY);
        assertThat(t.finishedAt()).isEmpty();
        assertThat(t.describe(ZoneOffset.UTC)).isEqualTo("Ready (time not recorded)");
    }

    @Test
    void missingOrBrokenReports() {
        assertThat(LastTest.parse(Optional.empty()).state()).isEqualTo(LastTest.State.NEVER);
        assertThat(LastTest.parse(Optional.of("  ")).state()).isEqualTo(LastTest.State.NEVER);
        assertThat(LastTest.parse(Optional.of("{not json")).state()).isEqualTo(LastTest.State.UNREADABLE);
        assertThat(LastTest.parse(Optional.of("[1,2]")).state()).isEqualTo(LastTest.State.UNREADABLE);
        assertThat(LastTest.parse(Optional.of("{\"ready\":\"yes\"}")).state()).isEqualTo(LastTest.State.UNREADABLE);
        assertThat(LastTest.parse(Optional.of("{\"ready\":true,\"finishedAt\":\"soon\"}")).finishedAt()).isEmpty();
    }
}
