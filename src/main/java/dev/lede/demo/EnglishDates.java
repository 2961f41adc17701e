package dev.lede.demo;

import java.time.LocalDate;

/**
 * The demo site's dates in English, from the ISO-8601 timestamps its articles carry. Written
 * out by hand: java.time's locale-aware formatters load locale data that costs more than the
 * rest of the demo page does to make, and the demo's page is made while the user waits. (The
 * demo stands apart from the model, so it does not borrow {@code dev.lede.article.IsoDates}.)
 */
final class EnglishDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private EnglishDates() {
    }

    /** {@code 2026-02-08T06:30:00+02:00} as {@code 8 February 2026, 06:30} (the time as written, in its own zone). */
    static String dayMonthYearTime(String timestamp) {
        LocalDate date = date(timestamp);
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear() + ", "
                + timestamp.substring(11, 16);
    }

    /** {@code 2026-02-08T06:30:00+02:00} as {@code Sunday, Feb 08, 2026}. */
    static String weekdayShortMonth(String timestamp) {
        LocalDate date = date(timestamp);
        int day = date.getDayOfMonth();
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + ", " + MONTHS[date.getMonthValue() - 1].substring(0, 3)
                + " " + (day < 10 ? "0" : "") + day + ", " + date.getYear();
    }

    /**
     * {@code 2026-02-08T06:30:00+02:00} as RFC 822 wants it in a feed, {@code Sun, 08 Feb 2026 06:30:00 +0200}
     * (a {@code Z} zone as {@code GMT}).
     */
    static String rfc822(String timestamp) {
        LocalDate date = date(timestamp);
        int day = date.getDayOfMonth();
        String zone = timestamp.length() > 19 ? timestamp.substring(19) : "Z";
        String offset = zone.equals("Z") || zone.isEmpty() ? "GMT" : zone.replace(":", "");
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1].substring(0, 3) + ", " + (day < 10 ? "0" : "") + day + " "
                + MONTHS[date.getMonthValue() - 1].substring(0, 3) + " " + date.getYear() + " "
                + timestamp.substring(11, 19) + " " + offset;
    }

    private static LocalDate date(String timestamp) {
        if (timestamp.length() < 16 || timestamp.charAt(4) != '-' || timestamp.charAt(7) != '-'
                || timestamp.charAt(10) != 'T' || timestamp.charAt(13) != ':') {
            throw new IllegalArgumentException("not an ISO-8601 timestamp: " + timestamp);
        }
        try {
            return LocalDate.of(Integer.parseInt(timestamp.substring(0, 4)), Integer.parseInt(timestamp.substring(5, 7)),
                    Integer.parseInt(timestamp.substring(8, 10)));
        } catch (RuntimeException e) { // NumberFormatException, DateTimeException
            throw new IllegalArgumentException("not an ISO-8601 timestamp: " + timestamp, e);
        }
    }
}
