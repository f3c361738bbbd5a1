package dev.hubonboard.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as {@code status} prints them: ISO dates, times in the clock's zone with the zone named. */
final class StatusTimes {
    private final DateTimeFormatter when;
    private final Clock clock;

    StatusTimes(Clock clock) {
        this.clock = clock;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'xxx", Locale.ROOT).withZone(clock.getZone());
    }

    String format(Instant at) {
        return when.format(at);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return clock.instant();
    }

    String zone() {
        return clock.getZone().getId();
    }

    /** "today", "in 1 day", "in 12 days"; "1 day ago", "3 days ago" for the past. */
    static String in(long days) {
        if (days == 0) {
            return "today";
        }
        long n = Math.abs(days);
        String count = n + (n == 1 ? " day" : " days");
        return days > 0 ? "in " + count : count + " ago";
    }
}
