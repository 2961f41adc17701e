package dev.lede.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Days in English words, written by hand; they must read as the JDK's English formatter writes them. */
class IsoDatesTest {
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    @Test
    void days_asTheDateline_relatedListAndFeedShowThem() {
        assertEquals("Sunday, 8 February 2026", IsoDates.longDay("2026-02-08T06:30:00+02:00"));
        assertEquals("8 February 2026", IsoDates.day("2026-02-08"));
        assertEquals("8 Sep 2026", IsoDates.shortDay("2026-09-08T23:59:59Z"));
    }

    @Test
    void everyDayOfFourHundredYears_sameWordsAsTheFormatter() {
        int days = 0;
        for (LocalDate d = LocalDate.of(1850, 1, 1); d.getYear() < 2250; d = d.plusDays(1), days++) {
            String iso = d.toString();
            assertEquals(LONG.format(d), IsoDates.longDay(iso), iso);
            assertEquals(MEDIUM.format(d), IsoDates.day(iso), iso);
            assertEquals(SHORT.format(d), IsoDates.shortDay(iso + "T12:00:00Z"), iso);
        }
        assertEquals(146_097, days);
    }

    @Test
    void edgesOfTheYearAndOfWhatIsADate_sameAsParsingWithTheFormatter() {
        for (String iso : List.of("0000-01-01", "0001-12-31", "0999-06-15", "9999-12-31", "2024-02-29", "2023-02-29",
                "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01x", "+024-01-01", "2024/01/01",
                "２０２４-01-01", "2024-01-0", "", "2024")) {
            String expected;
            try {
                expected = LONG.format(LocalDate.parse(iso.length() < 10 ? iso : iso.substring(0, 10)));
            } catch (DateTimeParseException e) {
                expected = null;
            }
            assertEquals(expected, IsoDates.longDay(iso), iso);
        }
        assertNull(IsoDates.day(null));
    }
}
