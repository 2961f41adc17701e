package dev.lede.article;

import java.time.LocalDate;

/**
 * The model keeps dates as ISO-8601 text; this shows their day in English words.
 *
 * <p>The words are written out here rather than asked of a {@code DateTimeFormatter} with
 * {@code Locale.ENGLISH}: that loads the JVM's locale data, which costs a freshly started JVM
 * milliseconds on the way to the first screen (the dateline is on it). A test holds these to
 * the formatter's words.
 */
public final class IsoDates {
    private static final String[] WEEKDAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"};
    private static final String[] SHORT_MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** {@code yyyy-MM-dd}: the part of an ISO-8601 date-time that names the day. */
    private static final int DATE_CHARS = 10;

    private IsoDates() {
    }

    /**
     * The day of an ISO-8601 date or date-time as "Sunday, 8 February 2026", or {@code null} when
     * {@code iso} holds no date: the time and offset are not shown, so the page's own day stays.
     */
    public static String longDay(String iso) {
        LocalDate date = date(iso);
        return date == null ? null
                : WEEKDAYS[date.getDayOfWeek().ordinal()] + ", " + dayMonthYear(date, MONTHS);
    }

    /** As {@link #longDay}, without the weekday: "8 February 2026". */
    public static String day(String iso) {
        LocalDate date = date(iso);
        return date == null ? null : dayMonthYear(date, MONTHS);
    }

    /** As {@link #day}, the month shortened: "8 Feb 2026". */
    public static String shortDay(String iso) {
        LocalDate date = date(iso);
        return date == null ? null : dayMonthYear(date, SHORT_MONTHS);
    }

    private static String dayMonthYear(LocalDate date, String[] months) {
        // Years as "yyyy" writes them: the year of the era, at least four digits.
        int year = date.getYear() >= 1 ? date.getYear() : 1 - date.getYear();
        String digits = Integer.toString(year);
        return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1] + " "
                + "0000".substring(Math.min(4, digits.length())) + digits;
    }

    /**
     * The date {@code iso} starts with, read as {@code LocalDate.parse} reads ten characters
     * (four-digit year, two-digit month and day, a day that exists), or {@code null}.
     */
    private static LocalDate date(String iso) {
        if (iso == null || iso.length() < DATE_CHARS || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return null;
        }
        int year = digits(iso, 0, 4);
        int month = digits(iso, 5, 2);
        int day = digits(iso, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written in ASCII digits at {@code at}, or -1 when one of them is not a digit. */
    private static int digits(String s, int at, int width) {
        int n = 0;
        for (int i = at; i < at + width; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
