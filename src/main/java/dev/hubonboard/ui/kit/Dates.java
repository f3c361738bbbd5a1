package dev.hubonboard.ui.kit;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as people type them: ISO (2027-03-01) and this computer's own short and medium formats (3/1/2027, with a
 * four- or two-digit year). A date picker shows ISO, which cannot be misread.
 */
public final class Dates {
    private Dates() {
    }

    /** The date in {@code text}, if it is one in a format above; empty for blank or unreadable text. */
    public static Optional<LocalDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : formats(Locale.getDefault(Locale.Category.FORMAT))) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** An example in the local short format with a four-digit year, for messages: "3/1/2027". */
    public static String example(LocalDate d) {
        return d.format(formats(Locale.getDefault(Locale.Category.FORMAT)).get(1));
    }

    private static List<DateTimeFormatter> formats(Locale locale) {
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String fourDigitYear = shortPattern.contains("yyyy") ? shortPattern : shortPattern.replace("yy", "yyyy");
        return List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern(fourDigitYear, locale),
                DateTimeFormatter.ofPattern(shortPattern, locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** The picker shows ISO and reads every format above; text it cannot read leaves the value as it was. */
    public static void use(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                return parse(s).orElseThrow(() -> new DateTimeParseException("not a date", s, 0));
            }
        });
    }
}
