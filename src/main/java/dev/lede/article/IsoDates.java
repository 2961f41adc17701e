package dev.lede.article;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The model keeps dates as ISO-8601 text; this shows their day in words. */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * The day of an ISO-8601 date or date-time in {@code format}, or {@code null} when
     * {@code iso} holds no date: the time and offset are not shown, so the page's own day stays.
     */
    public static String day(String iso, DateTimeFormatter format) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10)).format(format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
