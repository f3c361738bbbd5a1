package dev.hubonboard.ui.kit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21, item 2: the dates people type, read the same way everywhere, and shown in the locale's words. */
class DatesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-03-01", "01.03.2027", "1.3.2027", "1 Mar 2027", "1 mar 2027", "1 March 2027",
            "2027/03/01", "2027/3/1", "Mar 1, 2027", "March 1, 2027", " 1  Mar  2027 "})
    void theFormatsPeopleTypeAreRead(String typed) {
        assertThat(Dates.parse(typed, TODAY, Locale.US)).as(typed).contains(MARCH_1);
        assertThat(Dates.parse(typed, TODAY, Locale.UK)).as(typed).contains(MARCH_1);
        assertThat(Dates.parse(typed, TODAY, Locale.GERMANY)).as(typed).contains(MARCH_1);
    }

    @Test
    void theLocalesShortAndMediumFormatsAreRead() {
        assertThat(Dates.parse("3/1/2027", TODAY, Locale.US)).contains(MARCH_1);
        assertThat(Dates.parse("3/1/27", TODAY, Locale.US)).contains(MARCH_1);
        assertThat(Dates.parse("01/03/2027", TODAY, Locale.UK)).contains(MARCH_1);
        assertThat(Dates.parse("01.03.27", TODAY, Locale.GERMANY)).contains(MARCH_1);
        assertThat(Dates.parse("01.03.2027", TODAY, Locale.GERMANY)).contains(MARCH_1);
        assertThat(Dates.parse("1. März 2027", TODAY, Locale.GERMANY)).contains(MARCH_1);
    }

    @Test
    void anAmbiguousDateFollowsTheLocale() {
        assertThat(Dates.parse("3/1/2027", TODAY, Locale.US)).contains(MARCH_1);
        assertThat(Dates.parse("3/1/2027", TODAY, Locale.UK)).contains(LocalDate.of(2027, 1, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in 90 days", "90d", "90 d", "90 days", "In 90 Days", "90 days from now"})
    void relativeDatesCountFromToday(String typed) {
        assertThat(Dates.parse(typed, TODAY, Locale.US)).as(typed).contains(TODAY.plusDays(90));
    }

    @Test
    void weeksMonthsAndYearsToo() {
        assertThat(Dates.parse("in 2 weeks", TODAY, Locale.US)).contains(TODAY.plusWeeks(2));
        assertThat(Dates.parse("6 months", TODAY, Locale.US)).contains(TODAY.plusMonths(6));
        assertThat(Dates.parse("1y", TODAY, Locale.US)).contains(TODAY.plusYears(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2027", "2027-02-30", "13/13/2027", "tomorrowish", "01.03", "dckr_pat_x", ""})
    void whatIsNotADateIsNotGuessed(String typed) {
        assertThat(Dates.parse(typed, TODAY, Locale.US)).as(typed).isEmpty();
    }

    @Test
    void wordsSayWhatWasUnderstoodAndHowFarItIs() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(Dates.words(MARCH_1, TODAY)).isEqualTo("1 March 2027, in 85 days");
        assertThat(Dates.words(TODAY, TODAY)).endsWith(", today");
        assertThat(Dates.words(TODAY.minusDays(3), TODAY)).endsWith(", 3 days ago");
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertThat(Dates.words(MARCH_1, TODAY)).isEqualTo("March 1, 2027, in 85 days");
        assertThat(Dates.understood("3/1/2027", TODAY)).isEqualTo("March 1, 2027, in 85 days");
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        assertThat(Dates.understood("3/1/2027", TODAY)).startsWith("3 January 2027");
    }

    @Test
    void theMessageForAnUnreadableDateNamesTheFieldAndTheWaysToWriteIt() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertThat(Dates.unreadable("Expiry date", " 31.02.2027 ")).startsWith("Expiry date: \"31.02.2027\" is not a "
                + "date").contains("2027-03-01").contains("3/1/2027").contains("in 90 days");
    }

    @Test
    void whatTheFieldShowsIsReadBack() {
        for (Locale l : new Locale[] {Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE, Locale.JAPAN}) {
            Locale.setDefault(Locale.Category.FORMAT, l);
            assertThat(Dates.parse(Dates.format(MARCH_1), TODAY)).as(l + " " + Dates.format(MARCH_1)).contains(MARCH_1);
            assertThat(Dates.parse(Dates.example(MARCH_1), TODAY)).as(l + " " + Dates.example(MARCH_1))
                    .contains(MARCH_1);
        }
    }
}
