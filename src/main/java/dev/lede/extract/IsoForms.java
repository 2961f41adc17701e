package dev.lede.extract;

import dev.lede.article.IsoDates;

/**
 * Tells, by hand, the two ISO-8601 spellings of a date that pages use most: a calendar date
 * ({@code 2024-03-01}) and a date-time with an offset ({@code 2024-03-01T09:30:00+01:00}).
 *
 * <p>Each test accepts only what {@code java.time} reads too ({@code LocalDate.parse},
 * {@code OffsetDateTime.parse}), so a page's date is kept as spelt either way; what these
 * decline goes to {@code java.time}. They exist because a JVM that has just started takes
 * milliseconds to load and run {@code java.time}'s parsers.
 */
final class IsoForms {
    /** Offsets reach ±18:00; hours below this need no further check. */
    private static final int MAX_OFFSET_HOURS = 17;

    private IsoForms() {
    }

    /** {@code yyyy-MM-dd}, a day that exists. */
    static boolean isDate(String s) {
        return s.length() == 10 && date(s);
    }

    /**
     * {@code yyyy-MM-ddTHH:mm}, then optionally {@code :ss} and a fraction of 1 to 9 digits,
     * then {@code Z} or {@code ±HH:MM} (either letter in either case, as {@code java.time} reads them).
     */
    static boolean isOffsetDateTime(String s) {
        if (s.length() < 17 || !date(s) || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || !number(s, 11, 2, 23) || s.charAt(13) != ':' || !number(s, 14, 2, 59)) {
            return false;
        }
        int i = 16;
        if (s.charAt(i) == ':') {
            if (!number(s, i + 1, 2, 59)) {
                return false;
            }
            i += 3;
            if (i < s.length() && s.charAt(i) == '.') {
                int digits = 0;
                while (i + 1 + digits < s.length() && isDigit(s.charAt(i + 1 + digits))) {
                    digits++;
                }
                if (digits == 0 || digits > 9) {
                    return false;
                }
                i += 1 + digits;
            }
        }
        return offset(s, i);
    }

    private static boolean offset(String s, int i) {
        int rest = s.length() - i;
        if (rest == 1) {
            return s.charAt(i) == 'Z' || s.charAt(i) == 'z';
        }
        return rest == 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && number(s, i + 1, 2, MAX_OFFSET_HOURS)
                && s.charAt(i + 3) == ':' && number(s, i + 4, 2, 59);
    }

    /** Whether {@code s} starts with {@code yyyy-MM-dd}, a day that exists. */
    private static boolean date(String s) {
        return IsoDates.date(s) != null;
    }

    /** Whether {@code s} holds {@code width} ASCII digits at {@code at} whose value is at most {@code max}. */
    private static boolean number(String s, int at, int width, int max) {
        if (at + width > s.length()) {
            return false;
        }
        for (int i = at; i < at + width; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return value(s, at, width) <= max;
    }

    private static int value(String s, int at, int width) {
        int n = 0;
        for (int i = at; i < at + width; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
