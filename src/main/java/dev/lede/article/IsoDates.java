package dev.lede.article;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The model keeps dates as ISO-8601 text; this shows their day in English words. The names are
 * written out here rather than taken from java.time's locale data, whose loading costs a fresh
 * JVM more than laying out the rest of an article (every first screen shows a date).
 */
public final class IsoDates {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    /** How a day is written. */
    public enum Style {
        /** Sunday, 8 February 2026 */
        LONG,
        /** 8 February 2026 */
        MEDIUM,
        /** 8 Feb 2026 */
        SHORT
    }

    private IsoDates() {
    }

    /**
     * The day of an ISO-8601 date or date-time in {@code style}, or {@code null} when
     * {@code iso} holds no date: the time and offset are not shown, so the page's own day stays.
     */
    public static String day(String iso, Style style) {
        LocalDate date = date(iso);
        if (date == null) {
            return null;
        }
        String month = monthName(date.getMonthValue());
        String dayMonthYear = date.getDayOfMonth() + " " + (style == Style.SHORT ? month.substring(0, 3) : month)
                + " " + date.getYear();
        return style == Style.LONG ? weekdayName(date) + ", " + dayMonthYear : dayMonthYear;
    }

    /** The English name of {@code month} (1 to 12). */
    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /** The English name of {@code date}'s day of the week. */
    public static String weekdayName(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    /** The date {@code iso} starts with (yyyy-MM-dd), or {@code null} when it starts with none. */
    public static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
            return null;
        }
        int year = digits(iso, 0, 4);
        int month = digits(iso, 5, 7);
        int day = digits(iso, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) { // 2026-02-30, month 13
            return null;
        }
    }

    /** The number the ASCII digits {@code text[from, to)} make, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
