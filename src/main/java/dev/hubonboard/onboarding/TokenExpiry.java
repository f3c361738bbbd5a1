package dev.hubonboard.onboarding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How the dedicated user's token stands, from the expiry entered during the onboarding (the Hub API cannot tell):
 * a warning from {@value #WARN_DAYS} days out, "expired" once the day has passed.
 */
public record TokenExpiry(Level level, Optional<LocalDate> date, long daysLeft) {

    public enum Level { UNKNOWN, OK, SOON, EXPIRED }

    /** Days before the expiry from which the row warns: time to create a new token and rotate it. */
    public static final int WARN_DAYS = 30;

    public static TokenExpiry of(Optional<LocalDate> expiry, LocalDate today) {
        if (expiry.isEmpty()) {
            return new TokenExpiry(Level.UNKNOWN, expiry, Long.MAX_VALUE);
        }
        long days = ChronoUnit.DAYS.between(today, expiry.get());
        Level level = days < 0 ? Level.EXPIRED : days <= WARN_DAYS ? Level.SOON : Level.OK;
        return new TokenExpiry(level, expiry, days);
    }

    public String describe() {
        return switch (level) {
            case UNKNOWN -> "Token expiry not recorded";
            case OK -> "Token expires " + When.date(date.orElseThrow()) + " (in " + daysLeft + " days)";
            case SOON -> "Token expires " + When.date(date.orElseThrow()) + (daysLeft == 0 ? " (today)" : " (in " + daysLeft
                    + (daysLeft == 1 ? " day)" : " days)")) + ": create a new Read-only token and rotate it";
            case EXPIRED -> "Token expired on " + When.date(date.orElseThrow())
                    + ": the connector cannot scan until the token is rotated";
        };
    }
}
