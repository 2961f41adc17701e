package dev.lede.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Normalises publication dates to ISO-8601, keeping the page's own offset. */
final class Dates {
    private static final List<Function<String, String>> PARSERS = List.of(
            s -> {
                OffsetDateTime.parse(s);
                return s; // already ISO-8601 with an offset: keep the page's own spelling of it
            },
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
            s -> LocalDateTime.parse(s).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
            s -> LocalDateTime.parse(s.replace(' ', 'T')).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
            s -> LocalDate.parse(s).toString(),
            s -> LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE).toString());

    private Dates() {
    }

    /** The date as ISO-8601, or {@code null} when {@code raw} is empty or not a date we can read. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        for (Function<String, String> parser : PARSERS) {
            try {
                return parser.apply(s);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
