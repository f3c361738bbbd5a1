package dev.hubonboard.ui.kit;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them, and the one way the app writes them (the computer's locale). Read: ISO (2027-03-01),
 * the locale's short and medium formats (an ambiguous 3/1/2027 follows the locale), 01.03.2027, 1 Mar 2027,
 * 1 March 2027, 2027/03/01, and "in 90 days" / "90d" / "90 days" (also weeks, months, years). Strict: 31.02.2027 is
 * not a date. Written: the locale's medium format in fields ("Mar 1, 2027"), its long format in words beside them
 * ("March 1, 2027, in 85 days"), so what was understood is never in doubt.
 */
public final class Dates {
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)(?:in\\s+)?(\\d{1,4})\\s*(d|days?|w|weeks?|m|months?|y|years?)(?:\\s+from\\s+(?:now|today))?");

    private Dates() {
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** The date in {@code text} (relative ones counted from today on this computer); empty if blank or unreadable. */
    public static Optional<LocalDate> parse(String text) {
        return parse(text, LocalDate.now(), locale());
    }

    /** As {@link #parse(String)}, relative dates counted from {@code today}. */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        return parse(text, today, locale());
    }

    /** As {@link #parse(String)}, for a given locale (tests). */
    public static Optional<LocalDate> parse(String text, LocalDate today, Locale locale) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = RELATIVE.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (Character.toLowerCase(m.group(2).charAt(0))) {
                case 'd' -> today.plusDays(n);
                case 'w' -> today.plusWeeks(n);
                case 'm' -> today.plusMonths(n);
                default -> today.plusYears(n);
            });
        }
        for (DateTimeFormatter f : formats(locale)) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** The formats tried, in order: the locale's first, so an ambiguous date follows it. */
    static List<DateTimeFormatter> formats(Locale locale) {
        Set<String> patterns = new LinkedHashSet<>();
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String fourDigitYear = shortPattern.replaceAll("y+", "yyyy");
        patterns.add(fourDigitYear);
        patterns.add(fourDigitYear.replace("dd", "d").replace("MM", "M")); // 3/1/2027 where the locale writes 03/01
        patterns.add(shortPattern.replaceAll("y+", "yy"));
        for (FormatStyle s : new FormatStyle[] {FormatStyle.MEDIUM, FormatStyle.LONG}) {
            patterns.add(DateTimeFormatterBuilder.getLocalizedDateTimePattern(s, null, IsoChronology.INSTANCE, locale));
        }
        patterns.addAll(List.of("d.M.yyyy", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMM d, yyyy",
                "MMMM d, yyyy", "yyyy/M/d", "d-MMM-yyyy"));
        List<DateTimeFormatter> out = new ArrayList<>();
        out.add(DateTimeFormatter.ISO_LOCAL_DATE);
        for (Locale l : locale.getLanguage().equals("en") ? List.of(locale) : List.of(locale, Locale.ENGLISH)) {
            for (String p : patterns) {
                out.add(strict(p, l));
            }
        }
        return out;
    }

    /** Case-insensitive ("1 mar 2027"), strict (no 31 February), with "y" read as the proleptic year. */
    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(pattern.replace('y', 'u'))
                .toFormatter(locale).withChronology(IsoChronology.INSTANCE).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date as fields show it: the locale's medium format ("Mar 1, 2027", "01.03.2027", "1 Mar 2027"). */
    public static String format(LocalDate d) {
        return dev.hubonboard.onboarding.When.date(d); // the app's one date format
    }

    /** The date in words, the locale's long format: "March 1, 2027" / "1 March 2027". */
    public static String words(LocalDate d) {
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
    }

    /** The date in words with how far it is: "March 1, 2027, in 85 days", "…, today", "…, 3 days ago". */
    public static String words(LocalDate d, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, d);
        String far = days == 0 ? "today" : days == 1 ? "tomorrow" : days == -1 ? "yesterday"
                : days > 0 ? "in " + days + " days" : -days + " days ago";
        return words(d) + ", " + far;
    }

    /** An example in the local short format with a four-digit year, for messages: "3/1/2027". */
    public static String example(LocalDate d) {
        return d.format(formats(locale()).get(1));
    }

    /** The words for an expiry field: what was understood, or why the text is not a date ("" for blank). */
    public static String understood(String typed, LocalDate today) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return "";
        }
        return parse(t, today).map(d -> words(d, today)).orElse("");
    }

    /** Why {@code typed} is not a date, naming the field and the forms it may take. */
    public static String unreadable(String field, String typed) {
        LocalDate sample = LocalDate.of(2027, 3, 1);
        return field + ": \"" + typed.strip() + "\" is not a date this app can read. Type it as " + sample + ", "
                + example(sample) + ", " + format(sample) + " or \"in 90 days\", or pick it.";
    }

    /**
     * The picker shows the locale's medium format and reads every format above. Text it cannot read stays in the
     * field (the value is left as it was), so the field's message can say what is wrong: the picker's own commit on
     * focus loss would otherwise replace it with the old value, and the typed date would vanish.
     */
    public static void use(DatePicker picker, Clock clock) {
        Objects.requireNonNull(clock);
        StringConverter<LocalDate> converter = new StringConverter<>() {
            private String unreadable;
            private LocalDate unreadableOver;

            @Override
            public String toString(LocalDate d) {
                if (unreadable != null && Objects.equals(d, unreadableOver)) {
                    return unreadable;
                }
                unreadable = null;
                return d == null ? "" : format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    unreadable = null;
                    return null;
                }
                Optional<LocalDate> d = parse(s, LocalDate.now(clock));
                if (d.isPresent()) {
                    unreadable = null;
                    return d.get();
                }
                unreadable = s;
                unreadableOver = picker.getValue();
                return unreadableOver;
            }
        };
        picker.setConverter(converter);
        picker.setPromptText(format(LocalDate.of(2027, 3, 1))); // short, whole in the field; the help says the rest
    }

    /** As {@link #use(DatePicker, Clock)} with this computer's clock. */
    public static void use(DatePicker picker) {
        use(picker, Clock.systemDefaultZone());
    }
}
