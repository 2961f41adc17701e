package dev.lede.demo;

import dev.lede.article.IsoDates;
import java.time.LocalDate;

/** The demo site's dates, the way its page template writes them, from ISO-8601 timestamps. */
final class EnglishDates {
    private EnglishDates() {
    }

    /** {@code 2026-02-08T06:30:00+02:00} as {@code 8 February 2026, 06:30} (the time as written, in its own zone). */
    static String dayMonthYearTime(String timestamp) {
        String day = IsoDates.day(timestamp, IsoDates.Style.MEDIUM);
        if (day == null || timestamp.length() < 16 || timestamp.charAt(10) != 'T' || timestamp.charAt(13) != ':') {
            throw new IllegalArgumentException("not an ISO-8601 timestamp: " + timestamp);
        }
        return day + ", " + timestamp.substring(11, 16);
    }

    /** {@code 2026-02-08T06:30:00+02:00} as {@code Sunday, Feb 08, 2026}. */
    static String weekdayShortMonth(String timestamp) {
        LocalDate date = IsoDates.date(timestamp);
        if (date == null) {
            throw new IllegalArgumentException("not an ISO-8601 timestamp: " + timestamp);
        }
        int day = date.getDayOfMonth();
        return IsoDates.weekdayName(date) + ", " + IsoDates.monthName(date.getMonthValue()).substring(0, 3) + " "
                + (day < 10 ? "0" : "") + day + ", " + date.getYear();
    }
}
