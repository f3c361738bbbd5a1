package dev.hubonboard.onboarding;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** One format for moments and days across the app (issue 21.2): the locale's medium date, the zone named. */
class WhenTest {
    private static final Instant AT = Instant.parse("2026-11-24T09:30:41Z");

    @Test
    void aMomentHasTheLocalesDateTheMinuteAndItsZone() {
        assertThat(When.of(AT, ZoneOffset.UTC, Locale.US)).isEqualTo("Nov 24, 2026, 09:30 UTC");
        assertThat(When.of(AT, ZoneId.of("Europe/Berlin"), Locale.GERMANY)).isEqualTo("24.11.2026, 10:30 MEZ");
        assertThat(When.of(AT, ZoneId.of("Europe/London"), Locale.UK)).isEqualTo("24 Nov 2026, 09:30 GMT");
    }

    @Test
    void aDayIsWrittenTheSameWayAsTheDateOfAMoment() {
        assertThat(When.date(LocalDate.of(2027, 3, 1), Locale.US)).isEqualTo("Mar 1, 2027");
        assertThat(When.of(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC, Locale.US)).startsWith("Mar 1, 2027, ");
    }
}
