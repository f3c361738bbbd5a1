package dev.hubonboard.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A moment as the app shows it to people, in one format everywhere (the last test on a card, when a connector was
 * written, the wizard): the locale's medium date, the time to the minute and the zone named, because an administrator
 * reading "09:30" on a card cannot tell whose 09:30 it is. Scripts get ISO from {@code status --format json} instead.
 */
public final class When {
    private When() {
    }

    /** "Nov 24, 2026, 09:30 UTC" / "24 Nov 2026, 10:30 CET", in this computer's format locale. */
    public static String of(Instant at, ZoneId zone) {
        return of(at, zone, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A day, as the same format writes it: "Mar 1, 2027" / "01.03.2027" / "1 Mar 2027". */
    public static String date(LocalDate day) {
        return date(day, Locale.getDefault(Locale.Category.FORMAT));
    }

    static String date(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    public static String of(Instant at, ZoneId zone, Locale locale) {
        ZonedDateTime z = at.atZone(zone);
        String date = date(z.toLocalDate(), locale);
        String name = zone.getDisplayName(TextStyle.SHORT, locale);
        return date + ", " + z.toLocalTime().withSecond(0).withNano(0) + " " + (name.equals("Z") ? "UTC" : name);
    }
}
