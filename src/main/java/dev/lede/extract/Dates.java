package dev.lede.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Normalises publication dates to ISO-8601, keeping the page's own offset. */
final class Dates {
    /** How many forms {@link #read} knows. */
    private static final int FORMS = 8;

    private Dates() {
    }

    /** The date as ISO-8601, or {@code null} when {@code raw} is empty or not a date we can read. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        // Most pages already give ISO-8601, which is kept as the page spelt it. Telling that by
        // hand spares a freshly started JVM loading and running java.time's parsers (milliseconds).
        if (IsoForms.isOffsetDateTime(s) || IsoForms.isDate(s)) {
            return s;
        }
        return viaJavaTime(s);
    }

    /** {@code s} (stripped, not blank) read by {@code java.time} in the first form that fits, or {@code null}. */
    static String viaJavaTime(String s) {
        for (int form = 0; form < FORMS; form++) {
            try {
                return read(s, form);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** {@code s} read in the given form and written as ISO-8601; the first form that reads it wins. */
    private static String read(String s, int form) {
        return switch (form) {
            case 0 -> {
                OffsetDateTime.parse(s);
                yield s; // already ISO-8601 with an offset: keep the page's own spelling of it
            }
            case 1 -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case 2 -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case 3 -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            case 4 -> LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            case 5 -> LocalDateTime.parse(s.replace(' ', 'T')).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            case 6 -> LocalDate.parse(s).toString();
            case 7 -> LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE).toString();
            default -> throw new IllegalArgumentException("no date form " + form);
        };
    }
}
